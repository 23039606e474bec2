using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project tests/JobConnect.Benchmarks -- --filter '*'
// One area: dotnet run -c Release --project tests/JobConnect.Benchmarks -- --filter '*Matching*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
