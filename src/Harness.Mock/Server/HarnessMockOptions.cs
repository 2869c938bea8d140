using Harness.Mock.Apis;
using Harness.Mock.Modules;

namespace Harness.Mock.Server;

/// <summary>Options of a mock; <see cref="Validate"/> reports every problem in one message.</summary>
public sealed record HarnessMockOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Folder of OpenAPI files; default: the copy shipped beside the assembly.</summary>
    public string? OpenApiDirectory { get; init; }

    /// <summary>Folder whose fixture files are seeded at start (<c>&lt;tenant&gt;.&lt;api&gt;.json</c> or the index format); null seeds nothing.</summary>
    public string? FixturesDirectory { get; init; }

    /// <summary>
    /// Folder of the user's own WireMock.Net mappings (<c>*.json</c>, WireMock's JSON format, one mapping or an
    /// array per file), for endpoints the OpenAPI files do not describe. They match before the harness's APIs
    /// (any priority below 1,000,000,000, WireMock's default 0 included); only <c>/__harness/</c> comes first.
    /// While the folder holds a mapping, every request goes through WireMock.Net's matching, which is slower
    /// than the harness's own operation lane (<see cref="OperationLane"/>).
    /// </summary>
    public string? MappingsDirectory { get; init; }

    /// <summary>When set, only these API keys are accepted; otherwise every non-empty key is its own tenant.</summary>
    public IReadOnlyCollection<string>? AcceptedKeys { get; init; }

    /// <summary>Answer <c>/__harness/</c> calls from other hosts than loopback.</summary>
    public bool AllowRemoteAdmin { get; init; }

    /// <summary>
    /// Host names (besides IP addresses and localhost) under which the admin surface answers; any other
    /// <c>Host</c> header is refused, so a page behind a rebound DNS name cannot read the state.
    /// </summary>
    public IReadOnlyCollection<string>? AdminHosts { get; init; }

    /// <summary>Bodies larger than this get 413 in the vendor's shape.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>Bodies of admin calls (<c>PUT /__harness/state</c>, seed, tenant settings) larger than this get 413.</summary>
    public long MaxAdminBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>How long a client may take to send a request body; a slower body is cut off with 400.</summary>
    public TimeSpan BodyReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many tenants (API keys) the mock holds besides the fixture tenants. The next new key forgets the
    /// least recently used one, and the request that caused it carries a warning in the journal.
    /// </summary>
    public int MaxTenants { get; init; } = DefaultMaxTenants;

    public const int DefaultMaxTenants = 10_000;

    /// <summary>How many requests the journal keeps.</summary>
    public int JournalCapacity { get; init; } = 1000;

    /// <summary>The time source under the mock's clock; tests inject a fake one.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// The modules that give APIs their meaning, each matched to the OpenAPI file named like its
    /// <see cref="IApiModule.ApiName"/>; a module whose file is not in the folder is not used, and every file
    /// without a module is served by the generic module. Default: the vendor modules.
    /// </summary>
    public IReadOnlyList<IApiModule> Modules { get; init; } = ApiModules.Vendors();

    /// <summary>Seed for the random draws of fault rules, so fault tests are repeatable.</summary>
    public int? RandomSeed { get; init; }

    public void Validate()
    {
        var problems = new List<string>();
        if (Port is < 0 or > 65535)
        {
            problems.Add($"port {Port} is not between 0 and 65535");
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            problems.Add("host is empty");
        }

        if (OpenApiDirectory is not null && !Directory.Exists(OpenApiDirectory))
        {
            problems.Add($"OpenAPI folder '{OpenApiDirectory}' does not exist");
        }

        if (FixturesDirectory is not null && !Directory.Exists(FixturesDirectory))
        {
            problems.Add($"fixtures folder '{FixturesDirectory}' does not exist");
        }

        if (MappingsDirectory is not null && !Directory.Exists(MappingsDirectory))
        {
            problems.Add($"mappings folder '{MappingsDirectory}' does not exist");
        }

        if (MaxBodyBytes < 1024)
        {
            problems.Add($"max body size {MaxBodyBytes} is below 1024 bytes");
        }

        if (MaxAdminBodyBytes < 1024)
        {
            problems.Add($"max admin body size {MaxAdminBodyBytes} is below 1024 bytes");
        }

        if (BodyReadTimeout <= TimeSpan.Zero)
        {
            problems.Add("the body read timeout must be positive");
        }

        if (MaxTenants < 1)
        {
            problems.Add($"max tenants {MaxTenants} is below 1");
        }

        if (JournalCapacity < 1)
        {
            problems.Add("journal capacity must be at least 1");
        }

        if (AcceptedKeys is { Count: 0 })
        {
            problems.Add("the list of accepted keys is empty: no request could pass");
        }

        foreach (var twice in Modules.GroupBy(m => m.ApiName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{twice.Count()} modules are registered for the API '{twice.Key}'");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid mock options: " + string.Join("; ", problems));
        }
    }
}
