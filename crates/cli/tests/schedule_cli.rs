//! Schedules on the command line: `goroscope trace` and `run --trace` print the run's
//! schedule in its printable form, `--schedule` replays it (and still takes the older comma
//! list, and `@FILE`), and malformed schedules are usage errors that say where they go wrong.

use std::path::PathBuf;
use std::process::{Command, Output};

const PROGRAM: &str = "examples/seed/13_url_fetcher_channels.go";

fn goroscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goroscope"))
        .args(args)
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("run goroscope")
}

fn utf8(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("utf-8")
}

/// The `schedule: …` line that ends `goroscope trace`, and the dump before it.
fn trace_and_schedule(args: &[&str]) -> (String, String) {
    let out = goroscope(&[&["trace"], args, &[PROGRAM]].concat());
    assert!(out.status.success(), "{}", utf8(&out.stderr));
    let text = utf8(&out.stdout);
    let (dump, last) = text.trim_end().rsplit_once('\n').expect("more than one line");
    let schedule = last.strip_prefix("schedule: ").unwrap_or_else(|| panic!("last line {last:?}"));
    (dump.to_string(), schedule.to_string())
}

#[test]
fn trace_prints_a_schedule_that_replays_the_same_run() {
    let (dump, schedule) = trace_and_schedule(&["--seed", "5"]);
    assert!(schedule.starts_with("s1.5."), "{schedule}");
    // Without --seed: the schedule carries it.
    let (again, same) = trace_and_schedule(&["--schedule", &schedule]);
    assert_eq!(again, dump);
    assert_eq!(same, schedule);
    // From a file, as long schedules must be given.
    let file = std::env::temp_dir().join(format!("goroscope-sched-{}.txt", std::process::id()));
    std::fs::write(&file, format!("{schedule}\n")).expect("write schedule");
    let (from_file, _) = trace_and_schedule(&["--schedule", &format!("@{}", file.display())]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(from_file, dump);
    // Another seed interleaves differently.
    let (other, _) = trace_and_schedule(&["--seed", "6"]);
    assert_ne!(other, dump);
}

#[test]
fn seed_zero_has_an_empty_schedule() {
    let (_, schedule) = trace_and_schedule(&[]);
    assert_eq!(schedule, "s1.0.0");
}

#[test]
fn run_with_trace_prints_the_schedule_to_stderr() {
    let json = std::env::temp_dir().join(format!("goroscope-schedule-{}.json", std::process::id()));
    let json_arg = json.to_string_lossy().into_owned();
    let out = goroscope(&["run", "--seed", "5", "--trace", &json_arg, PROGRAM]);
    let _ = std::fs::remove_file(&json);
    assert!(out.status.success(), "{}", utf8(&out.stderr));
    let (_, schedule) = trace_and_schedule(&["--seed", "5"]);
    assert_eq!(utf8(&out.stderr), format!("goroscope: replay with --schedule {schedule}\n"));
    // Plain runs print only what the program prints.
    let plain = goroscope(&["run", "--seed", "5", PROGRAM]);
    assert_eq!(utf8(&plain.stderr), "");
    assert_eq!(plain.stdout, out.stdout);
}

#[test]
fn the_comma_list_still_replays_with_its_seed() {
    let json = std::env::temp_dir().join(format!("goroscope-comma-{}.json", std::process::id()));
    let json_arg = json.to_string_lossy().into_owned();
    let out = goroscope(&["run", "--seed", "5", "--trace", &json_arg, PROGRAM]);
    assert!(out.status.success(), "{}", utf8(&out.stderr));
    let trace: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("trace")).expect("json");
    let _ = std::fs::remove_file(&json);
    let choices: Vec<String> = trace["schedule"]["choices"]
        .as_array()
        .expect("choices")
        .iter()
        .map(|c| c.as_u64().expect("number").to_string())
        .collect();
    assert!(choices.len() > 3);
    let (dump, _) = trace_and_schedule(&["--seed", "5"]);
    let (replayed, _) = trace_and_schedule(&["--seed", "5", "--schedule", &choices.join(",")]);
    assert_eq!(replayed, dump);
}

#[test]
fn malformed_schedules_are_usage_errors_with_a_position() {
    for (schedule, want) in [
        (
            "s1.5.3.CJ!",
            "goroscope trace: --schedule: invalid schedule at character 10: `!` is not a base64url character\n",
        ),
        (
            "s9.5.0",
            "goroscope trace: --schedule: invalid schedule at character 1: expected the version prefix `s1.`, found `s9`\n",
        ),
        (
            "s1.5.3",
            "goroscope trace: --schedule: invalid schedule at character 7: missing the choices after `.`\n",
        ),
        (
            "0,1,x2",
            "goroscope trace: --schedule: invalid schedule at character 5: `x2` is not a choice (a number)\n",
        ),
    ] {
        let out = goroscope(&["trace", "--schedule", schedule, PROGRAM]);
        assert_eq!(out.status.code(), Some(2), "{schedule}");
        assert_eq!(utf8(&out.stderr), want);
        assert!(out.stdout.is_empty());
    }
    let out = goroscope(&["trace", "--seed", "4", "--schedule", "s1.5.0", PROGRAM]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        utf8(&out.stderr),
        "goroscope trace: --seed 4 disagrees with the schedule's seed 5\n"
    );
}
