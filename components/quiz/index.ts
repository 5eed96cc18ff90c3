export { Quiz } from './Quiz';
export { Reflect } from './Reflect';
export { Choice, Explain, Numeric, ModelAnswer } from './parts';
