/**
 * The course's GAN toolkit: the public `ml` API. Cells see this module as `ml`;
 * tests import it from 'lib/ml'. Pure tfjs, no DOM: it runs in the cell worker and in Node.
 */

// Randomness: one global seeded generator behind every data set, noise prior and initialiser.
/** Reseed everything `ml` draws afterwards (the cell runtime's `seed(n)` calls this). */
export { setSeed } from './random';
/** The last seed passed to setSeed, or null. */
export { getSeed } from './random';
/** The global seeded generator: next(), normal(), int(n), seed(). */
export { rng } from './random';
/** An integer seed from the global generator, for tf.random*(…, seed). */
export { nextSeed } from './random';
/** An independent seeded generator. */
export { createRng } from './random';
/** The mulberry32 PRNG: seed → () => uniform [0, 1). */
export { mulberry32 } from './random';
/** Float32Arrays of normals / uniforms from the global (or a given) generator. */
export { normalArray, uniformArray } from './random';
/** Geometric(p) samples on {1, 2, …} by inverse transform, X = ceil(−ln Z / λ), λ = −ln(1−p). */
export { sampleGeometric } from './random';
/** n indices drawn with probability ∝ weights: `ml.sampleCategorical(clusters.shares, 64)`. */
export { sampleCategorical } from './random';
/** P(X = k) = (1−p)^(k−1) p. */
export { geometricPmf } from './random';
export type { Rng } from './random';

// Data and noise.
/** Names of the 2-D data sets: two-gaussians (GAN Lab's default), ring, grid, moons, spiral, line. */
export { DATA_NAMES } from './data';
/** n points of a 2-D data set as an [n, 2] tensor. */
export { sampleData } from './data';
/** n points of a 2-D data set as a flat Float32Array [x0, y0, x1, y1, …]. */
export { dataArray } from './data';
/** A Sampler (n ⇒ [n, 2] tensor) for a 2-D data set. */
export { dataSampler } from './data';
/** n points (flat) resampled with jitter from given points, e.g. a drawn data set; and a Sampler over them. */
export { resampleArray, pointsSampler } from './resample';
/** Mode centres and std of the ring of 8 (radius 2, std 0.02) and the 5×5 grid (spacing 2, std 0.05). */
export { ringModes, gridModes } from './data';
/** n draws from a 1-D Gaussian mixture {weights, means, stds}, as an array or an [n, 1] tensor. */
export { mixture1dArray, sampleMixture1d } from './data';
/** Noise priors: uniform on [−1, 1), gaussian N(0, 1), ganlab truncated N(0.5, 0.25²). */
export { NOISE_NAMES } from './data';
/** n×dim noise as an array, a tensor, or a Sampler. */
export { noiseArray, sampleNoise, noiseSampler } from './data';
export type { DataName, NoiseName, Sampler, Mixture1d, ModeLayout } from './data';

// Densities and GAN theory.
/** N(x; μ, σ²) in 1-D and an axis-aligned 2-D Gaussian density. */
export { gaussianPdf, gaussianPdf2d } from './density';
/** 1-D Gaussian mixture density, and mean log-likelihood per sample. */
export { mixturePdf1d, mixtureLogLikelihood } from './density';
/** GAN Lab's two-Gaussian data density. */
export { twoGaussiansPdf } from './density';
/** Closed-form KL between two 1-D Gaussians. */
export { klGaussian1d } from './density';
/** D*(x) = p_data / (p_data + p_g), elementwise or as a function of x. */
export { optimalDiscriminator, optimalDiscriminatorFn } from './density';
/** V(D, G) = Σ p_data log D + Σ p_g log(1 − D) on a discrete space. */
export { ganValue } from './density';

// Divergences and measures.
/** KL(P‖Q) between histograms (eps smoothing, default 1e-10) and JSD (exact, ≤ log 2). */
export { kl, js } from './divergence';
/** Histogram counts in 1-D and on a 2-D grid (optional overflow bin). */
export { histogram1d, histogram2d } from './divergence';
/** JS / KL between two 2-D point sets on a grid (default 30×30 over the unit square, plus overflow). */
export { gridJs, gridKl } from './divergence';
/** Exact W1 between two 1-D samples (sorted samples / quantile functions). */
export { wasserstein1d } from './measures';
/** Parzen-window log-likelihood of test points under a KDE of samples with bandwidth h. */
export { kdeLogLikelihood } from './measures';
/** Mean and covariance of points; Fréchet distance between Gaussians or Gaussian fits. */
export { gaussianFit, frechetGaussians, frechetDistance } from './measures';
/** Modes covered and high-quality share (within 3σ of the nearest centre) for ring/grid data. */
export { modeCoverage } from './measures';
export type { ModeCoverage } from './measures';
/** Inception Score exp(E KL(p(y|x) ‖ p(y))) from rows of class probabilities, and the marginal p(y). */
export { inceptionScore, marginalLabels } from './inception-score';
/** k nearest data points of each sample (memorisation checks); k-th neighbour radii within a set. */
export { nearestNeighbours, kthNeighbourRadii, shareInsideBalls } from './neighbours';
export type { Neighbours } from './neighbours';
/** Precision and recall of generated samples with k-NN manifolds (Kynkäänniemi et al. 2019). */
export { precisionRecall } from './precision-recall';
export type { PrecisionRecall } from './precision-recall';
export type { PointsLike } from './points';

// Linear algebra and games for the chapters.
/** Power iteration on a number[][]: σ estimate after each iteration. */
export { powerIteration } from './linalg';
/** Largest singular value from the eigenvalues of WᵀW (Jacobi), independent of power iteration. */
export { largestSingularValue } from './linalg';
/** Eigen-decomposition of a small symmetric matrix by Jacobi rotations; PSD square root. */
export { jacobiEigen, sqrtPsd } from './linalg';
export type { Matrix } from './linalg';
/** Gradient play on min_x max_y xy, simultaneous or alternating; returns the trajectory. */
export { bilinearGame } from './games';

// Models, losses, Lipschitz tools.
/** An MLP as plain tf.Variables: sizes, hidden/output activation, leaky slope, init, spectral norm. */
export { mlp, ACTIVATIONS, INITS } from './mlp';
export type { Mlp, MlpOptions, Activation, Init, DenseLayer } from './mlp';
/** GAN losses from logits: minimax, nsgan, lsgan, wasserstein, hinge; label smoothing option. */
export { discriminatorLoss, generatorLoss, LOSS_NAMES } from './losses';
export type { LossName, DLossOptions } from './losses';
/** Weight clipping, gradient penalty on interpolates, spectral-norm power-iteration state. */
export { clipWeights, gradientPenalty, createSpectralState, spectralUpdate, spectralSigma } from './lipschitz';
export type { SpectralState } from './lipschitz';

// Training.
/** The trainer: step(), dStep(), gStep(), train({iterations, reportEvery, onReport, shouldStop, signal}), run(n). */
export { GanTrainer } from './train';
export type { GanConfig, NetSpec, OptimizerSpec, Report, TrainOptions } from './train';
/** Named configurations: gan, nsgan, wgan-clip, wgan-gp, sngan-hinge, ganlab-default. */
export { PRESETS, PRESET_NAMES, preset, createTrainer, benchmark } from './presets';
export type { PresetName } from './presets';

// Populations.
/** P GANs trained as one set of ops (leading population axis); seeds × one swept setting; outcomes(n). */
export { PopulationTrainer, memberConfig, SWEEP_PARAMS } from './population';
export type { PopulationOptions, Member, SweepParam } from './population';
/** One model's outcome from its samples: modes covered, grid JS, diverged / collapsed verdicts. */
export { outcome, OUTCOME_THRESHOLDS } from './outcomes';
export type { Outcome, OutcomeOptions } from './outcomes';
// Images: real digits, DCGAN, the course classifier, saved weights.
/** Real MNIST digits as tensors in [−1, 1]: `await ml.mnist({ size: 14 | 28, digits?, n?, split? })`. */
export { mnist, MNIST_TEST_COUNT } from './mnist';
export type { MnistOptions, MnistSet } from './mnist';
/** DCGAN's generator (dense → 7×7 → transposed convs, batch norm, tanh) and discriminator (strided convs, leaky ReLU). */
export { convGenerator, convDiscriminator } from './conv-nets';
export type { ClassLabels, ConvGanOptions, ConvGenerator, ConvDiscriminator } from './conv-nets';
/** k-means (k-means++ seeds): clusters of real images, labels a self-conditioned GAN trains on without the digits' own. */
export { kmeans } from './kmeans';
export type { Clusters, KMeansOptions } from './kmeans';
/** An image GAN trainer: step(), dStep(), gStep(), train({iterations, reportEvery, onReport, shouldStop}), sample(). */
export { ImageGan } from './image-gan';
export type { ImageGanOptions, ImageGanReport, ImageGanTrainOptions } from './image-gan';
/** The course's digit GAN settings, and the classifier's verdict on 256 generated digits. */
export { DIGIT_GAN, digitQuality, labelAgreement, meetsDigitBar } from './digit-gan';
export type { DigitQuality, DigitQualityOptions, LabelAgreement } from './digit-gan';
/** The course's trained digit classifier (`await ml.loadDigitClassifier()`), a fresh one, and labelling. */
export { digitClassifier, loadDigitClassifier, labelDigits } from './digit-classifier';
export type { DigitClassifier, DigitLabels } from './digit-classifier';
/** The trained digit generator checkpoint: `await ml.loadDigitGenerator()`. */
export { loadDigitGenerator, GENERATOR_ASSET } from './checkpoint';
/** Save a model's weights as bytes and load them back into a model of the same shape. */
export { saveWeights, loadWeights } from './weights';
/** Linear and spherical interpolation between two noise vectors, for latent walks. */
export { lerp, slerp, latentWalk } from './latent';
/** Latent arithmetic: mean noise of the highest-scoring quarter minus the lowest, within groups (e.g. digits). */
export { attributeVector } from './latent';
