// Preloaded (`node --import tsx --import …/orphan-guard.ts`) into every process the fault
// harness starts: when the test runner dies without stopping its children (a worker killed on a
// timeout, kill -9 of vitest), the child is re-parented and stops itself instead of holding its
// port and memory. A stopped (SIGSTOP) child checks again when it is continued.
const parent = process.ppid;
const timer = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(timer);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.exit(1), 3_000).unref();
}, 1_000);
timer.unref();
