using System.Diagnostics;
using System.Net;

namespace Harness.Benchmarks.Load;

/// <summary>
/// The load loop without external tools: N workers, each awaiting its own request on a pooled keep-alive
/// connection (SocketsHttpHandler, one connection per worker), with a per-worker latency histogram.
/// It shares the machine's cores with the server under test, as wrk does; being managed code, it costs
/// more CPU per request than wrk, so its absolute figures are lower and its ratios closer to 1.
/// </summary>
internal sealed class InProcessDriver : ILoadDriver
{
    public string Name => "in-process (SocketsHttpHandler)";

    public async Task<LoadResult> RunAsync(string baseUrl, RequestTemplate template, LoadSettings settings, CancellationToken cancellationToken)
    {
        using var loop = new LoadLoop(baseUrl, [template], settings.Connections);
        loop.Start();
        await Task.Delay(settings.Warmup, cancellationToken).ConfigureAwait(false);
        loop.BeginMeasuring();
        await Task.Delay(settings.Duration, cancellationToken).ConfigureAwait(false);
        return await loop.StopAsync().ConfigureAwait(false);
    }

    public async Task<LoadResult> RunCountAsync(string baseUrl, IReadOnlyList<RequestTemplate> templates, int connections, long count, long offset, CancellationToken cancellationToken)
    {
        using var loop = new LoadLoop(baseUrl, templates, connections, offset) { Limit = offset + count };
        loop.BeginMeasuring();
        loop.Start();
        await loop.Finished.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await loop.StopAsync().ConfigureAwait(false);
    }

    private sealed class LoadLoop : IDisposable
    {
        private readonly HttpClient _client;
        private readonly Rendered[] _templates;
        private readonly int _workers;
        private readonly string _run = Guid.NewGuid().ToString("N")[..10];
        private readonly List<(Task Task, LatencyHistogram Histogram)> _running = [];
        private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly long _first;
        private long _sequence;
        private long _completed;
        private long _errors;
        private volatile bool _measuring;
        private volatile bool _stopping;
        private long _measureStart;

        public LoadLoop(string baseUrl, IReadOnlyList<RequestTemplate> templates, int workers, long offset = 0)
        {
            _workers = workers;
            _sequence = offset;
            _first = offset;
            _templates = templates.Select(t => new Rendered(t)).ToArray();
            _client = new HttpClient(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = workers,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                UseCookies = false,
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.None,
            })
            {
                BaseAddress = new Uri(baseUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };
        }

        public long Limit { get; init; } = long.MaxValue;

        public Task Finished => _finished.Task;

        public void Start()
        {
            for (var i = 0; i < _workers; i++)
            {
                var histogram = new LatencyHistogram();
                _running.Add((Task.Run(() => WorkAsync(histogram)), histogram));
            }
        }

        public void BeginMeasuring()
        {
            Interlocked.Exchange(ref _completed, 0);
            Interlocked.Exchange(ref _errors, 0);
            _measureStart = Stopwatch.GetTimestamp();
            _measuring = true;
        }

        public async Task<LoadResult> StopAsync()
        {
            var seconds = Stopwatch.GetElapsedTime(_measureStart).TotalSeconds;
            var completed = Interlocked.Read(ref _completed);
            _stopping = true;
            await Task.WhenAll(_running.Select(r => r.Task)).ConfigureAwait(false);
            var all = new LatencyHistogram();
            foreach (var (_, histogram) in _running)
            {
                all.Add(histogram);
            }

            return new LoadResult(completed, seconds, Interlocked.Read(ref _errors), all.Percentile(50), all.Percentile(99));
        }

        private async Task WorkAsync(LatencyHistogram histogram)
        {
            while (!_stopping)
            {
                var n = Interlocked.Increment(ref _sequence);
                if (n > Limit)
                {
                    return;
                }

                using var request = _templates[(int)(n % _templates.Length)].Build(n, _run);
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
                    ok = response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                catch (TaskCanceledException)
                {
                    ok = false;
                }

                var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                if (!_measuring)
                {
                    continue;
                }

                histogram.Record(micros);
                if (!ok)
                {
                    Interlocked.Increment(ref _errors);
                }

                var done = Interlocked.Increment(ref _completed);
                if (done == Limit - _first)
                {
                    _finished.TrySetResult();
                }
            }
        }

        public void Dispose() => _client.Dispose();
    }

    /// <summary>A template parsed once, rendered per request.</summary>
    private sealed class Rendered(RequestTemplate template)
    {
        private readonly HttpMethod _method = new(template.Method);
        private readonly IReadOnlyList<RequestTemplate.Part> _path = RequestTemplate.Parse(template.Path);
        private readonly IReadOnlyList<RequestTemplate.Part>? _body = template.Body is null ? null : RequestTemplate.Parse(template.Body);

        public HttpRequestMessage Build(long n, string run)
        {
            var request = new HttpRequestMessage(_method, RequestTemplate.Render(_path, n, run));
            if (_body is not null)
            {
                request.Content = new StringContent(RequestTemplate.Render(_body, n, run));
                request.Content.Headers.Remove("Content-Type");
            }

            foreach (var (name, value) in template.Headers)
            {
                if (!request.Headers.TryAddWithoutValidation(name, value))
                {
                    request.Content?.Headers.TryAddWithoutValidation(name, value);
                }
            }

            return request;
        }
    }
}
