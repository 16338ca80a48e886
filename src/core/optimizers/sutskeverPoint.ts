/**
 * Where Sutskever's Nesterov stands when PyTorch's stands at `theta` with momentum buffer `buf`.
 *
 * Sutskever et al. (2013) take the gradient at the look-ahead point: v ← μv − lr·∇f(θ + μv), θ ← θ + v.
 * Write φ = θ + μv for that point. Then φ' = θ' + μv' = φ − μv + (1 + μ)v' = φ − (1 + μ)·lr·∇f(φ) + μ²v,
 * and PyTorch's rule with b ← μb + g, θ_P ← θ_P − lr·(g + μb) is θ_P' = θ_P − (1 + μ)·lr·g − lr·μ²·b.
 * The two are one recurrence with θ_P = φ and b = −v/lr, from the same start (v = 0, b = 0: PyTorch's first
 * b is g, which μ·0 + g gives). So PyTorch's ball is Sutskever's look-ahead point, and Sutskever's θ is
 * θ_P − μv = θ_P + lr·μ·b: the same path, shifted back by the look-ahead. This holds exactly while lr and
 * μ stay constant (a schedule changes the scaling between v and b).
 */
export function sutskeverPoint(theta: ArrayLike<number>, buf: ArrayLike<number>, lr: number, momentum: number, out: Float64Array | number[], o = 0): void {
  out[o] = theta[o] + lr * momentum * buf[o];
  out[o + 1] = theta[o + 1] + lr * momentum * buf[o + 1];
}
