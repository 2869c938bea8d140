using FluentAssertions;
using Harness.Mock.Apis;
using Harness.Mock.Server;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

public sealed class RouteTableTests
{
    private static readonly Lazy<RouteTable> Table = new(() =>
    {
        var catalog = CatalogCache.GetAsync(HarnessMock.DefaultOpenApiDirectory, CancellationToken.None).GetAwaiter().GetResult();
        return new RouteTable(catalog, ModuleBinder.Bind(catalog, ApiModules.Vendors()));
    });

    [TestCase("POST", "/api/users/update", "updateUser")]
    [TestCase("post", "/api/users/update/", "updateUser")]
    [TestCase("GET", "/api/users/getByEmail", "getUserByEmail")]
    [TestCase("GET", "/api/users/someone%40example.com", "getUserByEmailPath")]
    [TestCase("POST", "/api/users/registerDeviceToken", "registerDeviceToken")]
    public void Find_ByMethodAndPath_PicksTheOperation(string method, string path, string operationId) =>
        Table.Value.Find(method, path, out _)!.Operation.OperationId.Should().Be(operationId);

    [TestCase("PUT", "/api/users/update")]
    [TestCase("POST", "/api/users/update//")]
    [TestCase("POST", "//api/users/update")]
    [TestCase("POST", "/api/users")]
    [TestCase("POST", "api/users/update")]
    [TestCase("POST", "")]
    public void Find_WithWrongMethodOrPath_FindsNothing(string method, string path) =>
        (Table.Value.Find(method, path, out _)?.Operation.OperationId).Should().BeNull();

    [Test]
    public void Find_TemplatedPath_DecodesTheValue_AndKeepsAnEncodedSlashInsideItsSegment()
    {
        var templated = CatalogCache.GetAsync(HarnessMock.DefaultOpenApiDirectory, CancellationToken.None).GetAwaiter().GetResult()
            .Operations.First(o => o.Path.ParameterNames.Count == 1 && o.Path.Template.EndsWith('}'));
        var name = templated.Path.ParameterNames[0];
        var path = templated.Path.Template.Replace("{" + name + "}", "a%2Fb%40c", StringComparison.Ordinal);

        var found = Table.Value.Find(templated.Method, path, out var values);

        found!.Operation.Should().BeSameAs(templated);
        values[name].Should().Be("a/b@c");
        (Table.Value.Find(templated.Method, templated.Path.Template.Replace("{" + name + "}", "a/b", StringComparison.Ordinal), out _)
            ?.Operation.OperationId).Should().NotBe(templated.OperationId);
    }
}
