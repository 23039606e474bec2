using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project tests/JobConnect.Benchmarks -- --filter '*'
// One area: dotnet run -c Release --project tests/JobConnect.Benchmarks -- --filter '*Matching*'
// Scheduling quality report (totals, gaps, idle time, warm wall time): -- --report
if (args.Contains("--report"))
{
    JobConnect.Benchmarks.Scheduling.SchedulingReport.Print();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
