using System.Text;
using BenchmarkDotNet.Attributes;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Harness.Mock;
using Harness.Mock.Apis;
using Harness.Mock.Modules;
using Harness.Mock.Server;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Harness.Benchmarks.Micro;

/// <summary>
/// The mock's work per request without HTTP: the whole pipeline (key, validation, handler, journal) for
/// registerDeviceToken and updateUser, and its parts (JSON parsing, schema validation, response rendering).
/// Validation is measured for the common valid bodies of both vendors; the compiled verdict alone and NJsonSchema
/// alone (what every validation cost before the verdict) show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private static readonly IReadOnlyDictionary<string, string> NoPathValues = new Dictionary<string, string>();
    private static readonly JsonSchemaValidator NJsonSchemaValidator = new();
    private RequestPipeline _pipeline = null!;
    private BoundOperation _register = null!;
    private BoundOperation _update = null!;
    private BoundOperation _getDevices = null!;
    private string _registerText = "";
    private JToken _registerBody = null!;
    private JToken _updateBody = null!;
    private JsonSchema _tagUsersSchema = null!;
    private JToken _tagUsersBody = null!;
    private JsonSchema _profilesSchema = null!;
    private JToken _profilesBody = null!;
    private MockResponse _response = null!;
    private long _n;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CatalogCache.GetAsync(HarnessMock.DefaultOpenApiDirectory, CancellationToken.None).GetAwaiter().GetResult();
        var bindings = ModuleBinder.Bind(catalog, ApiModules.Vendors());
        var runtime = new MockRuntime(catalog, bindings, new HarnessMockOptions());
        _pipeline = new RequestPipeline(runtime);
        _register = bindings[catalog.Operations.Single(o => o.OperationId == "registerDeviceToken")];
        _update = bindings[catalog.Operations.Single(o => o.OperationId == "updateUser")];
        _getDevices = bindings[catalog.Operations.Single(o => o.OperationId == "getDevices")];
        Scenarios.Seeder.NetmeraDevices(runtime, "bench-devices", 1000);
        _registerText = RegisterBody(1);
        _registerBody = JToken.Parse(_registerText);
        _updateBody = JToken.Parse("{\"email\":\"w1@bench.example\",\"dataFields\":{\"plan\":\"gold\",\"visits\":1}}");
        _tagUsersSchema = catalog.Operations.Single(o => o.OperationId == "tagUsers").RequestSchema!;
        _tagUsersBody = new JObject { ["tag"] = "Sport", ["extIds"] = new JArray(Enumerable.Range(1, 10).Select(i => $"user-{i}")) };
        _profilesSchema = catalog.Operations.Single(o => o.OperationId == "setProfileAttributes").RequestSchema!;
        _profilesBody = new JArray(Enumerable.Range(1, 10).Select(i =>
            new JObject { ["extId"] = $"user-{i}", ["profile"] = new JObject { ["age"] = 30 + i, ["city"] = "Izmir" } }));
        _response = new MockResponse(200, new JObject { ["msg"] = "", ["code"] = "Success", ["params"] = null });
    }

    [Benchmark(Description = "pipeline: registerDeviceToken (new profile every 100k)")]
    public async Task<int> PipelineRegister()
    {
        var response = await _pipeline.HandleAsync(_register, NoPathValues, Incoming("/api/users/registerDeviceToken", RegisterBody(++_n % 100_000))).ConfigureAwait(false);
        return response.Status;
    }

    [Benchmark(Description = "pipeline: users/update")]
    public async Task<int> PipelineUpdate()
    {
        var body = $$$"""{"email":"w{{{++_n % 100_000}}}@bench.example","dataFields":{"plan":"gold","visits":{{{_n}}}}}""";
        var response = await _pipeline.HandleAsync(_update, NoPathValues, Incoming("/api/users/update", body)).ConfigureAwait(false);
        return response.Status;
    }

    [Benchmark(Description = "pipeline: getDevices (one of 1,000 users)")]
    public async Task<int> PipelineGetDevices()
    {
        var extId = "u" + (++_n % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new IncomingRequest("GET", "/rest/3.0/getDevices", name => name == "extId" ? extId : null,
            name => name.Equals("X-netmera-api-key", StringComparison.OrdinalIgnoreCase) ? "bench-devices" : null,
            null, "127.0.0.1", "http://127.0.0.1:5080");
        var response = await _pipeline.HandleAsync(_getDevices, NoPathValues, request).ConfigureAwait(false);
        return response.Status;
    }

    [Benchmark(Description = "parse: JToken.Parse of a registerDeviceToken body")]
    public int Parse() => JToken.Parse(_registerText).Count();

    [Benchmark(Description = "validate: SchemaValidator.Validate, registerDeviceToken body")]
    public int Validate() => SchemaValidator.Validate(_register.Operation.RequestSchema!, _registerBody).Count;

    [Benchmark(Description = "validate: SchemaValidator.Validate, users/update body")]
    public int ValidateUpdate() => SchemaValidator.Validate(_update.Operation.RequestSchema!, _updateBody).Count;

    [Benchmark(Description = "validate: SchemaValidator.Validate, tagUsers body (10 extIds)")]
    public int ValidateTagUsers() => SchemaValidator.Validate(_tagUsersSchema, _tagUsersBody).Count;

    [Benchmark(Description = "validate: SchemaValidator.Validate, setProfileAttributes body (10 rows)")]
    public int ValidateProfiles() => SchemaValidator.Validate(_profilesSchema, _profilesBody).Count;

    [Benchmark(Description = "validate: SchemaValidator.Verdict alone, registerDeviceToken body")]
    public SchemaVerdict Verdict() => SchemaValidator.Verdict(_register.Operation.RequestSchema!, _registerBody);

    [Benchmark(Description = "validate: NJsonSchema alone (the old path), registerDeviceToken body")]
    public int ValidateNJsonSchemaOnly() => NJsonSchemaValidator.Validate(_registerBody, _register.Operation.RequestSchema!, SchemaType.OpenApi3).Count;

    [Benchmark(Description = "render: WireMockGlue.ToMessage of the success envelope")]
    public int Render() => WireMockGlue.ToMessage(_response).StatusCode is int status ? status : 0;

    private static string RegisterBody(long n) =>
        $$$"""{"email":"r{{{n}}}@bench.example","device":{"token":"tok-{{{n}}}","platform":"APNS","applicationName":"Bench"}}""";

    private static IncomingRequest Incoming(string path, string body) =>
        new("POST", path, _ => null, name => name.Equals("Api-Key", StringComparison.OrdinalIgnoreCase) ? "bench" : null,
            Encoding.UTF8.GetBytes(body), "127.0.0.1", "http://127.0.0.1:5080");
}
