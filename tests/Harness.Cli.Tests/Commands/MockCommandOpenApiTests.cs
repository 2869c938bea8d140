using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

/// <summary><c>harness mock --openapi DIR</c> with a user's own OpenAPI file: served under its servers path, validated, answered as documented.</summary>
internal sealed partial class MockCommandOpenApiTests
{
    // The servers path (/v2) is where the generic module mounts the API; the example is what GET documents.
    private const string Greetings = """
        openapi: 3.0.3
        info: { title: Greetings, version: 1.0.0 }
        servers:
          - url: https://api.greetings.example/v2
        paths:
          /status:
            get:
              operationId: getStatus
              responses:
                '200':
                  description: the service's state
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [state, since]
                        properties:
                          state: { type: string, enum: [open, closed] }
                          since: { type: string, format: date }
                      example: { state: closed, since: '2026-11-30' }
          /greetings:
            post:
              operationId: addGreeting
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Greeting' }
              responses:
                '201':
                  description: added
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Greeting' }
                '400':
                  description: the request does not match the schema
        components:
          schemas:
            Greeting:
              type: object
              required: [name]
              properties:
                name: { type: string, minLength: 1 }
                text: { type: string }
        """;

    [Test]
    public async Task Mock_WithACustomOpenApiFolder_ServesItUnderItsServersPath_AndRefusesAMissingRequiredField()
    {
        var folder = Directory.CreateTempSubdirectory("harness-custom-api-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "greetings.yaml"), Greetings);
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "harness.dll"), "mock", "--port", "0", "--no-fixtures", "--openapi", folder.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = CommandRun.RepoRoot,
            };
            using var process = Process.Start(start)!;
            _ = process.StandardError.ReadToEndAsync();
            try
            {
                var url = await ListeningUrlAsync(process);
                using var client = new HttpClient { BaseAddress = new Uri(url + "/v2/"), Timeout = TimeSpan.FromSeconds(60) };

                using var status = await client.GetAsync(new Uri("status", UriKind.Relative));
                using var added = await client.PostAsync(new Uri("greetings", UriKind.Relative), Json("""{"name":"Ada","text":"hello"}"""));
                using var refused = await client.PostAsync(new Uri("greetings", UriKind.Relative), Json("""{"text":"hello"}"""));

                status.StatusCode.Should().Be(HttpStatusCode.OK);
                JsonNode.DeepEquals(JsonNode.Parse(await status.Content.ReadAsStringAsync()), JsonNode.Parse("""{"state":"closed","since":"2026-11-30"}"""))
                    .Should().BeTrue("GET answers the documented example: " + await status.Content.ReadAsStringAsync());
                added.StatusCode.Should().Be(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
                refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
                refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
                var violations = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["violations"]!.AsArray();
                violations.Should().ContainSingle().Which!["in"]!.GetValue<string>().Should().Be("body");
                violations[0]!.ToJsonString().Should().Contain("name", "the violation names the missing field");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>Reads the start-up lines up to "Ctrl+C" (the last one), keeping the URL; the rest of stdout is drained so the pipe never fills.</summary>
    private static async Task<string> ListeningUrlAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? url = null;
        var seen = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            seen.AppendLine(line);
            url ??= Listening().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
            if (line.Contains("Ctrl+C", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync();
                return url ?? throw new InvalidOperationException("no 'listening on' URL in: " + seen);
            }
        }

        throw new InvalidOperationException("the mock ended before it was ready: " + seen);
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
