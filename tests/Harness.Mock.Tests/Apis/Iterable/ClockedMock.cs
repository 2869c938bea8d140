using Harness.Mock.Server;
using Harness.Mock.Tests.Support;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>A private mock on a <see cref="ManualTimeProvider"/>, for tests that need exact dates or a frozen second.</summary>
internal sealed class ClockedMock : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    private ClockedMock(HarnessMock mock, ManualTimeProvider time)
    {
        Mock = mock;
        Time = time;
    }

    public HarnessMock Mock { get; }

    public ManualTimeProvider Time { get; }

    public static async Task<ClockedMock> StartAsync(HarnessMockOptions? options = null)
    {
        var time = new ManualTimeProvider(Start);
        var mock = await HarnessMock.StartAsync((options ?? new HarnessMockOptions()) with { TimeProvider = time });
        return new ClockedMock(mock, time);
    }

    public ApiClient Client(string? key = null) => new(Mock, "iterable", key);

    public ValueTask DisposeAsync() => Mock.DisposeAsync();
}
