using FluentAssertions;
using Harness.Core.OpenApi;

namespace Harness.Core.Tests.OpenApi;

[TestFixture]
public class ApiCatalogTests
{
    private static readonly (string OperationId, string Method, string Path)[] IterableOperations =
    [
        ("updateUser", "POST", "/api/users/update"),
        ("registerDeviceToken", "POST", "/api/users/registerDeviceToken"),
        ("disableDevice", "POST", "/api/users/disableDevice"),
        ("getUserByEmail", "GET", "/api/users/getByEmail"),
        ("getUserByEmailPath", "GET", "/api/users/{email}"),
        ("getUserByUserId", "GET", "/api/users/byUserId/{userId}"),
        ("getUserByUserIdQuery", "GET", "/api/users/byUserId"),
        ("deleteUserByEmail", "DELETE", "/api/users/{email}"),
        ("deleteUserByUserId", "DELETE", "/api/users/byUserId/{userId}"),
    ];

    private static readonly string[] NetmeraOperationIds =
    [
        "deleteUsersPermanently", "disablePush", "enablePush", "tagUsers", "untagUsers", "setCategoryPreferences",
        "setProfileAttributes", "unsetProfileAttributes", "deleteProfileAttributes", "getProfileAttributes",
        "pushProfileAttributes", "pullProfileAttributes", "deleteProfileAttributeValue", "getDevices",
        "getDeviceTokens", "getSegments", "getSegmentUsers", "sendPushApproval", "enableMail", "disableMail",
        "updateEmail", "enableSms", "disableSms", "updateMsisdn",
    ];

    private static readonly HashSet<string> NetmeraReads =
        ["getProfileAttributes", "getDevices", "getDeviceTokens", "getSegments", "getSegmentUsers"];

    private static ApiCatalog Catalog => TestApis.Catalog;

    private static IEnumerable<TestCaseData> AllOperations() =>
        TestApis.Catalog.Operations
            .OrderBy(o => o.OperationId, StringComparer.Ordinal)
            .Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    private static IEnumerable<TestCaseData> IterableCases() =>
        IterableOperations.Select(o => new TestCaseData(o.OperationId, o.Method, o.Path).SetArgDisplayNames(o.OperationId));

    private static IEnumerable<TestCaseData> NetmeraCases() =>
        NetmeraOperationIds.Select(id => new TestCaseData(id).SetArgDisplayNames(id));

    // ----- loading -----

    [Test]
    public void LoadAsync_ProjectFolder_LoadsIterableAndNetmera()
    {
        Catalog.Apis.Select(a => a.Name).Should().BeEquivalentTo("iterable", "netmera");
        Catalog.Apis.Should().OnlyContain(a => a.Operations.Count > 0);
    }

    [Test]
    public void LoadAsync_ProjectFolder_TakesBasePathFromFirstServerUrl()
    {
        Catalog.FindApi("iterable")!.BasePath.Should().Be("/api");
        Catalog.FindApi("iterable")!.ServerUrls.Should().HaveCount(2);
        Catalog.FindApi("netmera")!.BasePath.Should().Be("/rest/3.0");
    }

    [Test]
    public void LoadAsync_ProjectFolder_OperationIdsAreUnique()
    {
        var ids = Catalog.Apis.SelectMany(a => a.Operations).Select(o => o.OperationId).ToArray();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().HaveCount(IterableOperations.Length + NetmeraOperationIds.Length);
    }

    [Test]
    public void Iterable_HasExactlyTheDocumentedOperations()
    {
        Catalog.FindApi("iterable")!.Operations.Select(o => o.OperationId)
            .Should().BeEquivalentTo(IterableOperations.Select(o => o.OperationId));
    }

    [TestCaseSource(nameof(IterableCases))]
    public void Iterable_Operation_HasDocumentedMethodAndPath(string operationId, string method, string path)
    {
        var operation = TestApis.Operation(operationId);

        operation.Api.Name.Should().Be("iterable");
        operation.Method.Should().Be(method);
        operation.Path.Template.Should().Be(path);
    }

    [Test]
    public void Netmera_HasExactlyTheDocumentedOperations()
    {
        Catalog.FindApi("netmera")!.Operations.Select(o => o.OperationId)
            .Should().BeEquivalentTo(NetmeraOperationIds);
    }

    [TestCaseSource(nameof(NetmeraCases))]
    public void Netmera_Operation_SitsAtRestPathNamedAfterIt(string operationId)
    {
        var operation = TestApis.Operation(operationId);

        operation.Api.Name.Should().Be("netmera");
        operation.Path.Template.Should().Be($"/rest/3.0/{operationId}");
        operation.Method.Should().Be(NetmeraReads.Contains(operationId) ? "GET" : "POST");
    }

    [Test]
    public void SecurityHeader_IsApiKeyForIterableAndNetmeraKeyForNetmera()
    {
        Catalog.FindApi("iterable")!.SecurityHeader.Should().Be("Api-Key");
        Catalog.FindApi("netmera")!.SecurityHeader.Should().Be("X-netmera-api-key");
        TestApis.Operation("updateUser").SecurityHeader.Should().Be("Api-Key");
        TestApis.Operation("tagUsers").SecurityHeader.Should().Be("X-netmera-api-key");
    }

    [Test]
    public void Find_UnknownOperationId_ReturnsNull()
    {
        Catalog.Find("noSuchOperation").Should().BeNull();
        Catalog.TryFind("noSuchOperation", out _).Should().BeFalse();
        Catalog.TryFind("tagUsers", out var found).Should().BeTrue();
        found.OperationId.Should().Be("tagUsers");
    }

    [Test]
    public void Find_IsCaseSensitive()
    {
        Catalog.Find("TAGUSERS").Should().BeNull();
    }

    [Test]
    public void ApiForPath_PicksTheApiWhoseBasePathStartsThePath()
    {
        Catalog.ApiForPath("/api/users/update")!.Name.Should().Be("iterable");
        Catalog.ApiForPath("/rest/3.0/tagUsers")!.Name.Should().Be("netmera");
        Catalog.ApiForPath("/elsewhere").Should().BeNull();
    }

    // ----- what every operation documents -----

    [TestCaseSource(nameof(AllOperations))]
    public void Operation_RequiresSecurity(string operationId)
    {
        TestApis.Operation(operationId).SecurityRequired.Should().BeTrue();
    }

    [TestCaseSource(nameof(AllOperations))]
    public void Operation_Post_HasRequiredRequestBodyWithSchema(string operationId)
    {
        var operation = TestApis.Operation(operationId);
        if (operation.Method != "POST")
        {
            operation.RequestSchema.Should().BeNull("only POST operations take a body here");
            operation.TakesBody.Should().BeFalse();
            return;
        }

        operation.RequestSchema.Should().NotBeNull();
        operation.RequestBodyRequired.Should().BeTrue();
        operation.TakesBody.Should().BeTrue();
    }

    [TestCaseSource(nameof(AllOperations))]
    public void Operation_HasASuccessResponseWithSchemaOrDocumentedEmptyBody(string operationId)
    {
        var successes = TestApis.Operation(operationId).Responses.Values.Where(r => r.Status is >= 200 and < 300).ToArray();

        successes.Should().NotBeEmpty();
        successes.Should().OnlyContain(r => r.HasBody || !string.IsNullOrWhiteSpace(r.Description),
            "a 2xx without a schema must at least be described as empty");
    }

    [TestCaseSource(nameof(AllOperations))]
    public void Operation_EveryErrorResponse_HasASchema(string operationId)
    {
        var errors = TestApis.Operation(operationId).Responses.Values.Where(r => r.Status >= 400).ToArray();

        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(r => r.HasBody, "every 4xx/5xx answer carries the error envelope");
    }

    [TestCaseSource(nameof(AllOperations))]
    public void Operation_DocumentsAnAuthenticationFailure(string operationId)
    {
        var operation = TestApis.Operation(operationId);
        var expected = operation.Api.Name == "iterable" ? 401 : 403;

        operation.Responses.Should().ContainKey(expected);
    }

    [Test]
    public void Netmera_SuccessfulWrites_AreDocumentedAsEmpty()
    {
        var writes = Catalog.FindApi("netmera")!.Operations.Where(o => o.Method == "POST").ToArray();

        writes.Should().HaveCount(NetmeraOperationIds.Length - NetmeraReads.Count);
        writes.Where(o => o.OperationId != "untagUsers").Should().OnlyContain(o => o.Responses.ContainsKey(200) && !o.Responses[200].HasBody);
        var untag = writes.Single(o => o.OperationId == "untagUsers").Responses[200];
        untag.HasBody.Should().BeTrue("untagUsers with checkExistence answers notExist");
        untag.BodyOptional.Should().BeTrue("without checkExistence the body is empty");
    }

    [Test]
    public void Iterable_RateLimitedResponses_DeclareRetryAfter()
    {
        var limited = Catalog.FindApi("iterable")!.Operations.Where(o => o.Responses.ContainsKey(429)).ToArray();

        limited.Should().HaveCount(8, "every Iterable operation but disableDevice has a published rate limit");
        limited.Should().NotContain(o => o.OperationId == "disableDevice");
        limited.Should().OnlyContain(o => o.Responses[429].Headers.Contains("Retry-After"));
    }

    [Test]
    public void Parameters_AreReadWithLocationAndRequiredness()
    {
        var getSegmentUsers = TestApis.Operation("getSegmentUsers");

        getSegmentUsers.Parameters.Select(p => (p.Name, p.Location, p.Required)).Should().BeEquivalentTo(
        [
            ("id", ParameterLocation.Query, true),
            ("max", ParameterLocation.Query, false),
            ("offset", ParameterLocation.Query, false),
        ]);
        TestApis.Operation("getSegments").Parameters.Should().ContainSingle()
            .Which.Should().Match<OperationParameter>(p => p.Name == "X-netmera-os" && p.Location == ParameterLocation.Header && !p.Required);
        TestApis.Operation("getUserByEmailPath").Parameters.Should().ContainSingle()
            .Which.Should().Match<OperationParameter>(p => p.Name == "email" && p.Location == ParameterLocation.Path && p.Required);
    }

    // ----- path matching -----

    [Test]
    public void Match_LiteralPath_WinsOverTemplate()
    {
        var operation = Catalog.Match("GET", "/api/users/getByEmail", out var values);

        operation!.OperationId.Should().Be("getUserByEmail");
        values.Should().BeEmpty();
    }

    [Test]
    public void Match_EmailInPath_MatchesGetUserByEmailPath()
    {
        var operation = Catalog.Match("GET", "/api/users/a@b.com", out var values);

        operation!.OperationId.Should().Be("getUserByEmailPath");
        values.Should().Equal(new Dictionary<string, string> { ["email"] = "a@b.com" });
    }

    [Test]
    public void Match_PercentEncodedSegment_IsDecoded()
    {
        var operation = Catalog.Match("GET", "/api/users/a%40b.com", out var values);

        operation!.OperationId.Should().Be("getUserByEmailPath");
        values["email"].Should().Be("a@b.com");
    }

    [Test]
    public void Match_ByUserIdWithoutSegment_MatchesQueryForm()
    {
        Catalog.Match("GET", "/api/users/byUserId", out var values)!.OperationId.Should().Be("getUserByUserIdQuery");
        values.Should().BeEmpty();
    }

    [Test]
    public void Match_ByUserIdWithSegment_MatchesPathForm()
    {
        var operation = Catalog.Match("GET", "/api/users/byUserId/42", out var values);

        operation!.OperationId.Should().Be("getUserByUserId");
        values.Should().Equal(new Dictionary<string, string> { ["userId"] = "42" });
    }

    [Test]
    public void Match_DeleteByUserId_MatchesDeleteUserByUserId()
    {
        var operation = Catalog.Match("DELETE", "/api/users/byUserId/42", out var values);

        operation!.OperationId.Should().Be("deleteUserByUserId");
        values["userId"].Should().Be("42");
    }

    [Test]
    public void Match_DeleteByEmail_MatchesDeleteUserByEmail()
    {
        Catalog.Match("DELETE", "/api/users/a@b.com", out var values)!.OperationId.Should().Be("deleteUserByEmail");
        values["email"].Should().Be("a@b.com");
    }

    [Test]
    public void Match_MethodIsCaseInsensitive()
    {
        Catalog.Match("post", "/rest/3.0/tagUsers", out _)!.OperationId.Should().Be("tagUsers");
    }

    [Test]
    public void Match_MethodMismatch_ReturnsNull()
    {
        Catalog.Match("GET", "/rest/3.0/tagUsers", out var values).Should().BeNull();
        values.Should().BeEmpty();
        Catalog.Match("POST", "/api/users/getByEmail", out _).Should().BeNull();
    }

    [Test]
    public void Match_UnknownPath_ReturnsNull()
    {
        Catalog.Match("GET", "/api/users/byUserId/42/extra", out _).Should().BeNull();
        Catalog.Match("POST", "/rest/3.0/noSuchOperation", out _).Should().BeNull();
        Catalog.Match("GET", "/api/users/", out _).Should().BeNull();
    }

    [Test]
    public void Match_LiteralSegments_AreCaseSensitive()
    {
        Catalog.Match("POST", "/rest/3.0/TAGUSERS", out _).Should().BeNull();
    }

    [TestCaseSource(nameof(AllOperations))]
    public void Match_ExpandedExamplePath_FindsTheOperationItself(string operationId)
    {
        var operation = TestApis.Operation(operationId);
        var values = operation.Parameters
            .Where(p => p.Location == ParameterLocation.Path)
            .ToDictionary(p => p.Name, p => p.Example?.ToString() ?? "x");

        var found = Catalog.Match(operation.Method, operation.Path.Expand(values), out var matched);

        found.Should().BeSameAs(operation);
        matched.Should().BeEquivalentTo(values);
    }

    // ----- loading errors -----

    [Test]
    public async Task LoadAsync_FolderWithoutOpenApiFiles_ThrowsNamingTheFolder()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "notes.txt"), "not an API");

        var load = () => ApiCatalog.LoadAsync(temp.Path);

        (await load.Should().ThrowAsync<OpenApiLoadException>())
            .Which.Message.Should().Contain(temp.Path).And.Contain("no OpenAPI file");
    }

    [Test]
    public async Task LoadAsync_MissingFolder_ThrowsNamingTheFolder()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "nope");

        var load = () => ApiCatalog.LoadAsync(missing);

        (await load.Should().ThrowAsync<OpenApiLoadException>()).Which.Message.Should().Contain(missing);
    }

    [Test]
    public async Task LoadAsync_MalformedYaml_ThrowsNamingTheFile()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "broken.yaml");
        await File.WriteAllTextAsync(file, "openapi: 3.0.3\ninfo: [unclosed\n  title: x\npaths:\n  : : :\n");

        var load = () => ApiCatalog.LoadAsync(temp.Path);

        var thrown = (await load.Should().ThrowAsync<OpenApiLoadException>()).Which;
        thrown.Message.Should().Contain(file);
        thrown.InnerException.Should().NotBeNull();
    }

    [Test]
    public async Task LoadAsync_MalformedJson_ThrowsNamingTheFile()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "broken.json");
        await File.WriteAllTextAsync(file, "{\"openapi\": \"3.0.3\", \"paths\": {");

        var load = () => ApiCatalog.LoadAsync(temp.Path);

        (await load.Should().ThrowAsync<OpenApiLoadException>()).Which.Message.Should().Contain(file);
    }

    [Test]
    public async Task LoadAsync_OperationWithoutOperationId_IsNamedAfterItsMethodAndPath()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "anonymous.yaml");
        await File.WriteAllTextAsync(file, """
            openapi: 3.0.3
            info: { title: t, version: '1' }
            paths:
              /things/{thing-id}/parts:
                get:
                  responses:
                    '200': { description: ok }
            """);

        var catalog = await ApiCatalog.LoadAsync(temp.Path);

        catalog.Find("getThingsThingIdParts")!.Path.Template.Should().Be("/things/{thing-id}/parts");
    }

    [Test]
    public async Task LoadAsync_FileWithoutServers_LoadsWithEmptyBasePath()
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "Shop.yml"), """
            openapi: 3.0.3
            info: { title: Shop, version: '1' }
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: integer } }
                  responses:
                    '200': { description: ok }
            """);

        var catalog = await ApiCatalog.LoadAsync(temp.Path);

        var api = catalog.Apis.Should().ContainSingle().Subject;
        api.Name.Should().Be("shop");
        api.Title.Should().Be("Shop");
        api.BasePath.Should().BeEmpty();
        api.ServerUrls.Should().BeEmpty();
        api.SecurityHeader.Should().BeNull();
        var operation = catalog.Find("getThing")!;
        operation.Path.Template.Should().Be("/things/{id}");
        operation.SecurityRequired.Should().BeFalse();
        catalog.Match("GET", "/things/7", out var values).Should().BeSameAs(operation);
        values["id"].Should().Be("7");
    }

    [Test]
    public async Task LoadAsync_SameOperationIdInTwoFiles_ThrowsNamingTheId()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(TestApis.Folder, "iterable.yaml"), Path.Combine(temp.Path, "a.yaml"));
        File.Copy(Path.Combine(TestApis.Folder, "iterable.yaml"), Path.Combine(temp.Path, "b.yaml"));

        var load = () => ApiCatalog.LoadAsync(temp.Path);

        (await load.Should().ThrowAsync<OpenApiLoadException>()).Which.Message.Should().Contain("updateUser");
    }

    [Test]
    public async Task LoadAsync_IgnoresFilesThatAreNotOpenApi()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(TestApis.Folder, "netmera.yaml"), Path.Combine(temp.Path, "netmera.yaml"));
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "README.md"), "# not an API");

        var catalog = await ApiCatalog.LoadAsync(temp.Path);

        catalog.Apis.Should().ContainSingle().Which.Name.Should().Be("netmera");
        catalog.Operations.Should().HaveCount(NetmeraOperationIds.Length);
    }
}
