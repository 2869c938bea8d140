using FluentAssertions;
using Harness.Mock.Generic;
using NUnit.Framework;

namespace Harness.Mock.Tests.Generic;

public sealed class ResourceRouteTests
{
    private static async Task<Dictionary<string, ResourceRoute>> RoutesOf(string spec)
    {
        var catalog = await Harness.Core.OpenApi.ApiCatalog.LoadAsync(SpecMock.Folder(spec));
        var api = catalog.Apis.Single();
        return ResourceRoute.Of(api).ToDictionary(r => r.Key.OperationId, r => r.Value);
    }

    [Test]
    public async Task CollectionAndItemPaths_GetTheirRoles()
    {
        var routes = await RoutesOf("petstore");
        routes.ToDictionary(r => r.Key, r => r.Value.Role).Should().BeEquivalentTo(new Dictionary<string, ResourceRole>
        {
            ["listPets"] = ResourceRole.List,
            ["createPet"] = ResourceRole.Create,
            ["showPetById"] = ResourceRole.Read,
            ["updatePet"] = ResourceRole.Replace,
            ["deletePet"] = ResourceRole.Delete,
        });
        routes["createPet"].Collection.Template.Should().Be("/pets");
        routes["createPet"].KeyKind.Should().Be(KeyKind.Number);
    }

    [Test]
    public async Task KeyField_IsTheBodyFieldNamedLikeTheItemParameter_ElseId()
    {
        (await RoutesOf("petstore"))["createPet"].KeyField.Should().Be("id", "Pet has no petId field");
        var orders = await RoutesOf("orders");
        orders["placeOrder"].KeyField.Should().Be("orderId");
        orders["placeOrder"].KeyKind.Should().Be(KeyKind.Uuid);
        orders["amendOrder"].Role.Should().Be(ResourceRole.Update);
        orders["amendOrder"].Collection.Template.Should().Be("/customers/{customerId}/orders");
        orders["serviceStatus"].Role.Should().Be(ResourceRole.None);
    }

    [Test]
    public async Task PathWithoutAnItemPath_IsNoCollection()
    {
        var articles = await RoutesOf("articles");
        articles["countView"].Role.Should().Be(ResourceRole.None);
        articles["readArticle"].KeyField.Should().Be("slug");
    }
}
