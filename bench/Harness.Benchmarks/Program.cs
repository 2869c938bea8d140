using System.CommandLine;
using Harness.Benchmarks;
using Harness.Benchmarks.Servers;

if (args is [MockChildHost.Flag, .. var childArgs])
{
    return await MockChildHost.RunAsync(childArgs).ConfigureAwait(false);
}

var quick = new Option<bool>("--quick") { Description = "Short windows (1 s warm-up + 3 s) and a scaled-down memory section: under 2 minutes" };
var only = new Option<string[]>("--only")
{
    Description = "Run only these sections (startup, throughput, memory, runner) or scenarios (e.g. getDeviceTokens); repeatable or comma-separated",
    AllowMultipleArgumentsPerToken = true,
};
var driver = new Option<string>("--driver") { Description = "Load generator: auto (wrk when installed), wrk, inproc", DefaultValueFactory = _ => "auto" };
var connections = new Option<int>("--connections") { Description = "Concurrent connections of the load generator", DefaultValueFactory = _ => 32 };
var markdown = new Option<string?>("--markdown") { Description = "Also write the results as Markdown to this file" };
var updateDocs = new Option<bool>("--update-docs") { Description = "Replace the results block of docs/benchmarks.md with this run's tables" };
var noPrism = new Option<bool>("--no-prism") { Description = "Do not run Prism's validating mock (npm @stoplight/prism-cli) as a peer in the throughput section" };
var micro = new Option<bool>("--micro") { Description = "Run the BenchmarkDotNet micro-benchmarks of the mock's hot path instead (pass BenchmarkDotNet's own options after --)" };

var root = new RootCommand("Harness benchmarks: the mock and the runner against a bare ASP.NET Core ceiling, in one run")
{
    quick, only, driver, connections, markdown, updateDocs, noPrism, micro,
};
root.TreatUnmatchedTokensAsErrors = false;
root.SetAction(async (result, cancellationToken) =>
{
    if (result.GetValue(micro))
    {
        return Harness.Benchmarks.Micro.MicroBenchmarks.Run(result.UnmatchedTokens.ToArray());
    }

    var options = new BenchOptions
    {
        Quick = result.GetValue(quick),
        Only = (result.GetValue(only) ?? []).SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
        Driver = result.GetValue(driver)!,
        Connections = result.GetValue(connections),
        MarkdownFile = result.GetValue(markdown),
        UpdateDocs = result.GetValue(updateDocs),
        NoPrism = result.GetValue(noPrism),
    };
    return await BenchRun.RunAsync(options, "dotnet run -c Release --project bench/Harness.Benchmarks" + (args.Length > 0 ? " -- " + string.Join(' ', args) : ""), cancellationToken).ConfigureAwait(false);
});

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
