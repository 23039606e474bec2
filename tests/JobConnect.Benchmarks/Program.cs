using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project tests/JobConnect.Benchmarks -- --filter '*'
// One area: dotnet run -c Release --project tests/JobConnect.Benchmarks -- --filter '*Matching*'
// Scheduling quality report (totals, gaps, idle time, warm wall time): -- --report
// Fair-day re-plan ("fill freed slots") figures, warm wall time: -- --fairday-report
// Matching report (pairs/s, wall time, allocations, reference in the same run): -- --matching-report (add --kernel-only for the national fast rows alone)
// Good candidates per vacancy on the demo fair (docs/matching.md): -- --demo-coverage
// Documents report (issue 7 targets: letters, ZIP, one letter, fair pack; sizes): -- --documents-report
// Check-in report (issue 13: 10 desks at once, 17 booths open; p50/p95/max per scan): -- --checkin-report
if (args.Contains("--checkin-report"))
{
    await JobConnect.Benchmarks.FairDay.CheckInReport.PrintAsync();
    return;
}

if (args.Contains("--documents-report"))
{
    await JobConnect.Benchmarks.Documents.DocumentsReport.PrintAsync();
    return;
}

if (args.Contains("--demo-coverage"))
{
    await JobConnect.Benchmarks.Matching.DemoCoverageReport.PrintAsync();
    return;
}

if (args.Contains("--matching-report"))
{
    JobConnect.Benchmarks.Matching.MatchingReport.Print(kernelOnly: args.Contains("--kernel-only"));
    return;
}

if (args.Contains("--fairday-report"))
{
    JobConnect.Benchmarks.Scheduling.FairDayReplanBenchmarks.Report();
    return;
}

if (args.Contains("--report"))
{
    JobConnect.Benchmarks.Scheduling.SchedulingReport.Print();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
