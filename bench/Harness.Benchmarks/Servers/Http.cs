using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Harness.Benchmarks.Servers;

/// <summary>Single requests for set-up, probes and latency of one call.</summary>
internal static class Http
{
    public static HttpClient Client(string baseUrl) =>
        new(new SocketsHttpHandler { UseProxy = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<(int Status, string Body)> SendAsync(HttpClient client, string method, string path, string? body = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    /// <summary>Sends and returns the status and the elapsed time in microseconds.</summary>
    public static async Task<(int Status, double Micros)> TimeAsync(HttpClient client, string method, string path, string? body = null, params (string Name, string Value)[] headers)
    {
        var started = Stopwatch.GetTimestamp();
        var (status, _) = await SendAsync(client, method, path, body, headers).ConfigureAwait(false);
        return (status, Stopwatch.GetElapsedTime(started).TotalMicroseconds);
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200; the time from <paramref name="since"/> to that answer.</summary>
    public static async Task<TimeSpan> FirstOkAsync(HttpClient client, string url, long since, TimeSpan timeout, Func<bool>? gaveUp = null)
    {
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(url)).ConfigureAwait(false);
                if ((int)response.StatusCode == 200)
                {
                    return Stopwatch.GetElapsedTime(since);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // listening, not answering yet (the client's timeout)
            }

            if (Stopwatch.GetElapsedTime(since) > timeout || gaveUp?.Invoke() == true)
            {
                throw new TimeoutException($"{url} did not answer 200 within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(2).ConfigureAwait(false);
        }
    }
}
