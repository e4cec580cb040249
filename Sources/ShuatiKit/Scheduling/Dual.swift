import Foundation

/// A forward-mode dual number: a value and its partial derivatives with respect to the 21 FSRS-6 parameters
/// (lanes 0…20 of `d`; the rest stay zero). Running the memory model on duals gives the loss and its exact gradient
/// in one pass, without a tape and without any package.
struct Dual {
    var v: Double
    var d: SIMD32<Double>

    @inline(__always) init(_ v: Double, _ d: SIMD32<Double>) { self.v = v; self.d = d }

    /// The parameter `index` itself: value `value`, derivative 1 in its own lane.
    static func parameter(_ value: Double, index: Int) -> Dual {
        var d = SIMD32<Double>()
        d[index] = 1
        return Dual(value, d)
    }

    @inline(__always) static func + (a: Dual, b: Dual) -> Dual { Dual(a.v + b.v, a.d + b.d) }
    @inline(__always) static func - (a: Dual, b: Dual) -> Dual { Dual(a.v - b.v, a.d - b.d) }
    @inline(__always) static func * (a: Dual, b: Dual) -> Dual { Dual(a.v * b.v, b.v * a.d + a.v * b.d) }
    @inline(__always) static func / (a: Dual, b: Dual) -> Dual {
        let inv = 1 / b.v
        return Dual(a.v * inv, (a.d - (a.v * inv) * b.d) * inv)
    }
    @inline(__always) static func + (a: Dual, b: Double) -> Dual { Dual(a.v + b, a.d) }
    @inline(__always) static func - (a: Dual, b: Double) -> Dual { Dual(a.v - b, a.d) }
    @inline(__always) static func - (a: Double, b: Dual) -> Dual { Dual(a - b.v, -b.d) }
    @inline(__always) static func * (a: Dual, b: Double) -> Dual { Dual(a.v * b, a.d * b) }
    @inline(__always) static func * (a: Double, b: Dual) -> Dual { Dual(a * b.v, b.d * a) }
    @inline(__always) static prefix func - (a: Dual) -> Dual { Dual(-a.v, -a.d) }

    /// e^a.
    @inline(__always) static func exp(_ a: Dual) -> Dual {
        let e = Foundation.exp(a.v)
        return Dual(e, a.d * e)
    }

    /// ln a.
    @inline(__always) static func log(_ a: Dual) -> Dual { Dual(Foundation.log(a.v), a.d * (1 / a.v)) }

    /// a^b for a > 0, both varying.
    @inline(__always) static func pow(_ a: Dual, _ b: Dual) -> Dual {
        let p = Foundation.pow(a.v, b.v)
        return Dual(p, (a.d * (b.v / a.v) + b.d * Foundation.log(a.v)) * p)
    }

    /// a^b for a constant exponent.
    @inline(__always) static func pow(_ a: Dual, _ b: Double) -> Dual {
        let p = Foundation.pow(a.v, b)
        return Dual(p, a.d * (b * Foundation.pow(a.v, b - 1)))
    }

    /// Clamped to [lo, hi]; the derivative is zero where the bound binds (as autodiff frameworks do).
    @inline(__always) func clamped(_ lo: Double, _ hi: Double) -> Dual {
        if v < lo { return Dual(lo, SIMD32<Double>()) }
        if v > hi { return Dual(hi, SIMD32<Double>()) }
        return self
    }

    /// The 21 partials as an array.
    var gradient: [Double] { (0..<21).map { d[$0] } }
}
