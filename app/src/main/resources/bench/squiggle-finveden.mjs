import { run } from "@quri/squiggle-lang";
// The Finveden chain with six uncertain inputs, as workbooks/finveden-uncertain.flop writes it;
// prints the mean, p5, p50 and p95 of parallel_tasks for the sample count given.
const n = Number(process.argv[2]);
const code = `
training_flop = 1e25 to 1e27
k = 1 to 2
m = 10 to 40
h = 1 to 10
duration = (2 to 8) * 2629800
task_rate = 3 to 30
p = (training_flop / (3*h*k*m))^0.5
runtime_flop = k*p
tokens_per_s = training_flop / duration / runtime_flop
parallel_tasks = tokens_per_s / task_rate
[mean(parallel_tasks), quantile(parallel_tasks, 0.05), quantile(parallel_tasks, 0.5), quantile(parallel_tasks, 0.95)]
`;
const out = await run(code, { environment: { sampleCount: n, xyPointLength: 1000 } });
if (!out.result.ok) { console.error(out.result.value.toString()); process.exit(1); }
console.log(JSON.stringify(JSON.parse(out.result.value.result.toString())));
