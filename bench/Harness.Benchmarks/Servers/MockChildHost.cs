using System.Diagnostics;
using System.Globalization;
using Harness.Benchmarks.Scenarios;
using Harness.Mock;
using Harness.Mock.Server;

namespace Harness.Benchmarks.Servers;

/// <summary>
/// The child side of <see cref="MockChild"/>: a mock with default options in a process of its own (so its RSS
/// is the mock's alone), answering one command per stdin line with one <c>OK …</c> line on stdout.
/// </summary>
internal static class MockChildHost
{
    public const string Flag = "--serve-mock";

    public static async Task<int> RunAsync()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 }).ConfigureAwait(false);
        Console.WriteLine($"READY {mock.Url}");
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["seed", "iterable", var tenant, var count]:
                    Console.WriteLine($"OK {Seeder.IterableProfiles(mock, tenant, int.Parse(count, CultureInfo.InvariantCulture)).TotalMilliseconds:0}");
                    break;
                case ["seed", "netmera", var tenant, var count]:
                    Console.WriteLine($"OK {Seeder.NetmeraDevices(mock, tenant, int.Parse(count, CultureInfo.InvariantCulture)).TotalMilliseconds:0}");
                    break;
                case ["gc"]:
                    var started = Stopwatch.GetTimestamp();
                    // Aggressive: blocking and compacting like Forced, and it also gives the freed regions back to
                    // the OS at once; after Forced they stayed committed until a later collection (2.0 → 1.3 GiB).
                    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                    Console.WriteLine($"OK {GC.GetTotalMemory(false)} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0}");
                    break;
                case ["heap"]:
                    Console.WriteLine($"OK {GC.GetTotalMemory(false)} {GC.CollectionCount(2)}");
                    break;
                case ["exit"]:
                    Console.WriteLine("OK");
                    return 0;
                default:
                    Console.WriteLine($"ERROR unknown command: {line}");
                    break;
            }
        }

        return 0;
    }
}
