using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Harness.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet over the mock's hot path, in-process (the generated-project toolchain would rebuild this
/// repository under its strict analyzer settings). <c>-- --filter *</c> runs them all.
/// </summary>
internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
