using Harness.Runner.Execution;
using Harness.Runner.Reporting;

namespace Harness.Runner.Tests.Reporting;

internal sealed class CurlCommandTests
{
    [Test]
    public void For_RepeatsMethodUrlHeadersAndBody_QuotedForTheShell_WithTheKeyMasked()
    {
        var request = new ExchangeRequest("POST", new Uri("http://127.0.0.1:5080/api/users/update"),
            [new("Api-Key", "abcdefghijklmnopqrstuvwxyz"), new("Content-Type", "application/json")],
            """{"name":"O'Brien"}""");

        CurlCommand.For(request, new SecretMasker(["abcdefghijklmnopqrstuvwxyz"])).Should().Be(
            """curl -sS -X POST 'http://127.0.0.1:5080/api/users/update' -H 'Api-Key: ab…yz' -H 'Content-Type: application/json' --data-raw '{"name":"O'\''Brien"}'""");
    }
}
