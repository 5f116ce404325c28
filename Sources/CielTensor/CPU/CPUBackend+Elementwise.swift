import CCielKernels
import Foundation

extension CPUBackend {
    /// Applies `transform` to every element, in parallel chunks.
    func map(_ x: Tensor, _ transform: @escaping (Float) -> Float) -> Tensor {
        let input = x.float32()
        let out = Tensor.uninitialized(x.shape)
        input.withUnsafeFloats { src in
            out.withUnsafeMutableFloats { dst in
                let s = src.baseAddress!, d = dst.baseAddress!
                Parallel.forEachChunk(x.count, minChunk: 16384) { range in
                    for i in range { d[i] = transform(s[i]) }
                }
            }
        }
        return out
    }

    /// Combines two same-shaped tensors element by element, in parallel chunks.
    func zip(_ a: Tensor, _ b: Tensor, _ combine: @escaping (Float, Float) -> Float) -> Tensor {
        precondition(a.shape == b.shape, "elementwise op on shapes \(a.shape) and \(b.shape)")
        let af = a.float32(), bf = b.float32()
        let out = Tensor.uninitialized(a.shape)
        af.withUnsafeFloats { ap in
            bf.withUnsafeFloats { bp in
                out.withUnsafeMutableFloats { op in
                    let x = ap.baseAddress!, y = bp.baseAddress!, d = op.baseAddress!
                    Parallel.forEachChunk(a.count, minChunk: 16384) { range in
                        for i in range { d[i] = combine(x[i], y[i]) }
                    }
                }
            }
        }
        return out
    }

    /// Applies a C kernel `(src, dst, count)` over parallel chunks.
    func apply(_ x: Tensor, _ kernel: @escaping (UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void) -> Tensor {
        let input = x.float32()
        let out = Tensor.uninitialized(x.shape)
        input.withUnsafeFloats { src in
            out.withUnsafeMutableFloats { dst in
                let s = src.baseAddress!, d = dst.baseAddress!
                Parallel.forEachChunk(x.count, minChunk: 16384) { range in
                    kernel(s + range.lowerBound, d + range.lowerBound, range.count)
                }
            }
        }
        return out
    }

    public func silu(_ x: Tensor) -> Tensor { apply(x) { ciel_silu($0, $1, $2) } }

    public func geluTanh(_ x: Tensor) -> Tensor { apply(x) { ciel_gelu_tanh($0, $1, $2) } }

    public func gelu(_ x: Tensor) -> Tensor { map(x) { 0.5 * $0 * (1 + Foundation.erf($0 * 0.7071067811865476)) } }

    public func add(_ a: Tensor, _ b: Tensor) -> Tensor { zip(a, b, +) }

    public func multiply(_ a: Tensor, _ b: Tensor) -> Tensor { zip(a, b, *) }

    public func affine(_ x: Tensor, scale: Float, offset: Float) -> Tensor { map(x) { $0 * scale + offset } }

    public func clamp(_ x: Tensor, min lower: Float, max upper: Float) -> Tensor {
        map(x) { Swift.min(Swift.max($0, lower), upper) }
    }

    public func addGated(_ x: Tensor, _ y: Tensor, gate: Tensor) -> Tensor {
        precondition(x.shape == y.shape, "addGated on shapes \(x.shape) and \(y.shape)")
        let width = x.shape.last!
        precondition(gate.count == width, "addGated: gate has \(gate.count) elements, rows have \(width)")
        let xf = x.float32(), yf = y.float32(), g = gate.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            yf.withUnsafeFloats { yp in
                g.withUnsafeFloats { gp in
                    out.withUnsafeMutableFloats { op in
                        let xb = xp.baseAddress!, yb = yp.baseAddress!, gb = gp.baseAddress!, ob = op.baseAddress!
                        Parallel.forEachChunk(x.count / width, minChunk: 16) { rows in
                            for r in rows {
                                let base = r * width
                                for i in 0..<width { ob[base + i] = xb[base + i] + yb[base + i] * gb[i] }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    public func addRowBroadcast(_ x: Tensor, _ bias: Tensor) -> Tensor {
        let width = x.shape.last!
        precondition(bias.count == width, "addRowBroadcast: bias has \(bias.count) elements, rows have \(width)")
        let xf = x.float32(), b = bias.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            b.withUnsafeFloats { bp in
                out.withUnsafeMutableFloats { op in
                    let xb = xp.baseAddress!, bb = bp.baseAddress!, ob = op.baseAddress!
                    Parallel.forEachChunk(x.count / width, minChunk: 16) { rows in
                        for r in rows {
                            let base = r * width
                            for i in 0..<width { ob[base + i] = xb[base + i] + bb[i] }
                        }
                    }
                }
            }
        }
        return out
    }

    public func channelAffine(_ x: Tensor, scale: [Float], offset: [Float]) -> Tensor {
        let channels = x.shape[0]
        precondition(scale.count == channels && offset.count == channels, "channelAffine: \(channels) channels")
        let plane = x.count / channels
        let xf = x.float32()
        let out = Tensor.uninitialized(x.shape)
        xf.withUnsafeFloats { xp in
            out.withUnsafeMutableFloats { op in
                let xb = xp.baseAddress!, ob = op.baseAddress!
                Parallel.forEach(channels) { c in
                    let s = scale[c], o = offset[c]
                    for i in (c * plane)..<((c + 1) * plane) { ob[i] = xb[i] * s + o }
                }
            }
        }
        return out
    }
}
