import Foundation

/// A forward-mode dual number: a value and its partial derivatives with respect to the 21 FSRS-6 parameters
/// (lanes 0…20 of `d`; the rest stay zero). Running the memory model on duals gives the loss and its exact gradient
/// in one pass, without a tape and without any package.
struct Dual {
    var v: Double
    var d: Partials

    @inline(__always) init(_ v: Double, _ d: Partials) { self.v = v; self.d = d }

    /// The parameter `index` itself: value `value`, derivative 1 in its own lane.
    static func parameter(_ value: Double, index: Int) -> Dual {
        var d = Partials()
        d.set(index, 1)
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
        if v < lo { return Dual(lo, Partials()) }
        if v > hi { return Dual(hi, Partials()) }
        return self
    }

    /// The 21 partials as an array.
    var gradient: [Double] { d.array }
}

/// The 21 partial derivatives, as three 8-lane vectors (wide vectors of 32 lanes compile to slow code).
struct Partials {
    var a = SIMD8<Double>(), b = SIMD8<Double>(), c = SIMD8<Double>()

    init() {}
    @inline(__always) init(_ a: SIMD8<Double>, _ b: SIMD8<Double>, _ c: SIMD8<Double>) { self.a = a; self.b = b; self.c = c }

    mutating func set(_ index: Int, _ value: Double) {
        switch index / 8 {
        case 0: a[index] = value
        case 1: b[index - 8] = value
        default: c[index - 16] = value
        }
    }

    var array: [Double] {
        var out: [Double] = []
        for i in 0..<8 { out.append(a[i]) }
        for i in 0..<8 { out.append(b[i]) }
        for i in 0..<5 { out.append(c[i]) }
        return out
    }

    @inline(__always) static func + (x: Partials, y: Partials) -> Partials { Partials(x.a + y.a, x.b + y.b, x.c + y.c) }
    @inline(__always) static func - (x: Partials, y: Partials) -> Partials { Partials(x.a - y.a, x.b - y.b, x.c - y.c) }
    @inline(__always) static prefix func - (x: Partials) -> Partials { Partials(-x.a, -x.b, -x.c) }
    @inline(__always) static func * (x: Partials, k: Double) -> Partials { Partials(x.a * k, x.b * k, x.c * k) }
    @inline(__always) static func * (k: Double, x: Partials) -> Partials { Partials(x.a * k, x.b * k, x.c * k) }
    @inline(__always) static func += (x: inout Partials, y: Partials) { x.a += y.a; x.b += y.b; x.c += y.c }
}
