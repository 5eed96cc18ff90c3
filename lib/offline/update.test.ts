import { describe, expect, it, vi } from 'vitest';
import { watchForUpdate, type RegistrationLike, type WorkerLike } from './update';

class FakeWorker extends EventTarget implements WorkerLike {
  constructor(public state: string) {
    super();
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** The browser found a new /sw.js and starts installing it. */
  startInstall(): FakeWorker {
    this.installing = new FakeWorker('installing');
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
}

describe('watchForUpdate', () => {
  it('announces a version that finishes installing while an older one serves the page', () => {
    const reg = new FakeRegistration();
    const onUpdate = vi.fn();
    watchForUpdate(reg, () => true, onUpdate);
    const worker = reg.startInstall();
    expect(onUpdate).not.toHaveBeenCalled();
    worker.become('installed');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('announces a version already waiting when the page opens (another tab keeps the old one)', () => {
    const reg = new FakeRegistration();
    reg.waiting = new FakeWorker('installed');
    const onUpdate = vi.fn();
    watchForUpdate(reg, () => true, onUpdate);
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('says nothing on the first visit: the first worker has no older version to replace', () => {
    const reg = new FakeRegistration();
    const onUpdate = vi.fn();
    watchForUpdate(reg, () => false, onUpdate);
    const worker = reg.startInstall();
    worker.become('installed');
    worker.become('activating');
    worker.become('activated');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('watches a worker that was already installing when the page registered', () => {
    const reg = new FakeRegistration();
    const worker = new FakeWorker('installing');
    reg.installing = worker;
    const onUpdate = vi.fn();
    watchForUpdate(reg, () => true, onUpdate);
    worker.become('installed');
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('says nothing for an install that fails (the worker becomes redundant)', () => {
    const reg = new FakeRegistration();
    const onUpdate = vi.fn();
    watchForUpdate(reg, () => true, onUpdate);
    reg.startInstall().become('redundant');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('announces once however many versions arrive, and nothing after it stops watching', () => {
    const reg = new FakeRegistration();
    const onUpdate = vi.fn();
    const stop = watchForUpdate(reg, () => true, onUpdate);
    reg.startInstall().become('installed');
    reg.startInstall().become('installed');
    expect(onUpdate).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    const stopLater = watchForUpdate(reg, () => true, later);
    const worker = reg.startInstall();
    stopLater();
    worker.become('installed');
    reg.startInstall().become('installed');
    expect(later).not.toHaveBeenCalled();
    stop();
  });
});
