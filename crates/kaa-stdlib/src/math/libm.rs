//! The few C library math functions Rust's standard library does not expose with the
//! C library's exact results. CPython's `math` calls the platform libm for these, so
//! calling the same functions gives bit-identical answers (Rust's own `asinh`, `acosh`,
//! `atanh` and `cbrt` are computed differently and can differ in the last bit).
//!
//! The declarations are `safe fn`: these functions take and return plain doubles, have
//! no preconditions and touch no memory, so calling them cannot be undefined behaviour.

// SAFETY: the signatures match the C declarations in <math.h> (double in, double out);
// the functions are pure apart from setting errno, which nothing here reads.
unsafe extern "C" {
    pub safe fn asinh(x: f64) -> f64;
    pub safe fn acosh(x: f64) -> f64;
    pub safe fn atanh(x: f64) -> f64;
    pub safe fn erf(x: f64) -> f64;
    pub safe fn erfc(x: f64) -> f64;
    /// IEEE 754 remainder: exact by definition, so any correct libm gives CPython's result.
    pub safe fn remainder(x: f64, y: f64) -> f64;
    pub safe fn nextafter(x: f64, y: f64) -> f64;
    pub safe fn ldexp(x: f64, exp: core::ffi::c_int) -> f64;
}

/// The C library's cbrt. Rust's runtime defines its own local `cbrt` symbol (a different
/// algorithm), which the linker prefers to the C library's; glibc (since 2.27) also
/// exports its cbrt as `cbrtf64`, which nothing shadows.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn cbrt(x: f64) -> f64 {
    // SAFETY: `cbrtf64` is glibc's alias of `double cbrt(double)`.
    unsafe extern "C" {
        safe fn cbrtf64(x: f64) -> f64;
    }
    cbrtf64(x)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}
