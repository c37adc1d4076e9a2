//! `_time`, the native half of the `time` module (`lib/time.py` adds the calendar
//! functions): the clocks `time`, `monotonic`, `perf_counter`, `process_time` and
//! `thread_time` (seconds as floats, and their `_ns` forms as ints) and `sleep`, with
//! CPython's argument errors.
//!
//! `monotonic` and `perf_counter` count from an arbitrary point fixed when first read, as
//! CPython's do (only differences are meaningful). `process_time` and `thread_time` read
//! the interpreter thread's CPU time from /proc where available.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::protocols::arith::int_value;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", process_time),
    ("thread_time_ns", process_time_ns),
    ("sleep", sleep),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_time");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    let dict = d.as_dict().expect("dict");
    let doc = vm.str_val("This module provides various functions to manipulate time values.");
    dict.set_str(vm, "__doc__", doc);
    for &(name, func) in FUNCTIONS {
        let f = vm.new_builtin_in("time", name, func);
        dict.set_str(vm, name, Value::Obj(f));
    }
    Ok(module)
}

fn nanos_value(ns: u128) -> Value {
    match i64::try_from(ns) {
        Ok(n) => Value::Int(n),
        Err(_) => int_value(BigInt::from(ns)),
    }
}

fn since_epoch() -> Duration {
    // A clock set before 1970 reads as the epoch rather than failing.
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_args("time.time", &a)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_args("time.time_ns", &a)?;
    Ok(nanos_value(since_epoch().as_nanos()))
}

/// Time on the monotonic clock since its first reading in this process.
fn monotonic_elapsed() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn monotonic(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_args("time.monotonic", &a)?;
    Ok(Value::Float(monotonic_elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_args("time.monotonic_ns", &a)?;
    Ok(nanos_value(monotonic_elapsed().as_nanos()))
}

/// CPU time used by the interpreter thread, in nanoseconds: the first field of
/// /proc/thread-self/schedstat; failing that, user+system ticks from /proc/self/stat;
/// failing that, wall time since the first reading.
fn cpu_nanos() -> u128 {
    if let Ok(s) = std::fs::read_to_string("/proc/thread-self/schedstat") {
        if let Some(ns) = s.split_whitespace().next().and_then(|f| f.parse::<u128>().ok()) {
            return ns;
        }
    }
    if let Ok(s) = std::fs::read_to_string("/proc/self/stat") {
        // Fields after the parenthesised command name; utime and stime are the 12th and
        // 13th of those, in clock ticks (100 per second on Linux).
        if let Some(rest) = s.rsplit_once(')').map(|(_, r)| r) {
            let fields: Vec<&str> = rest.split_whitespace().collect();
            if let (Some(u), Some(st)) = (
                fields.get(11).and_then(|f| f.parse::<u128>().ok()),
                fields.get(12).and_then(|f| f.parse::<u128>().ok()),
            ) {
                return (u + st) * 10_000_000;
            }
        }
    }
    monotonic_elapsed().as_nanos()
}

fn process_time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_args("time.process_time", &a)?;
    Ok(Value::Float(cpu_nanos() as f64 * 1e-9))
}

fn process_time_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_args("time.process_time_ns", &a)?;
    Ok(nanos_value(cpu_nanos()))
}

/// The largest duration CPython's 64-bit nanosecond timestamps can hold, in seconds.
const MAX_SECONDS: f64 = i64::MAX as f64 / 1e9;

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let arg = vm.one_arg("time.sleep", &a)?.clone();
    let secs = match &arg {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            *f
        }
        _ => {
            let Some(i) = vm.as_bigint(&arg) else {
                let i = vm.to_index(&arg)?;
                return sleep_for(vm, i as f64);
            };
            match i.to_i64() {
                Some(i) if (i as f64) <= MAX_SECONDS => i as f64,
                _ => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
            }
        }
    };
    if secs.abs() > MAX_SECONDS {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    sleep_for(vm, secs)
}

fn sleep_for(vm: &mut Vm, secs: f64) -> PyResult<Value> {
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}
