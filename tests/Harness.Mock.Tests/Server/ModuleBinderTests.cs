using FluentAssertions;
using Harness.Mock.Apis.Iterable;
using Harness.Mock.Generic;
using Harness.Mock.Modules;
using Harness.Mock.Server;
using Harness.Mock.Tests.Generic;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

public sealed class ModuleBinderTests
{
    private sealed class Blank;

    /// <summary>A module of the petstore test spec with the handlers it is given.</summary>
    private sealed class PetModule : ApiModule<Blank>
    {
        public PetModule(params string[] operationIds)
        {
            foreach (var id in operationIds)
            {
                On(id, _ => MockResponse.Ok(new Newtonsoft.Json.Linq.JObject { ["handledBy"] = "PetModule" }));
            }
        }

        public override string ApiName => "petstore";
    }

    [Test]
    public async Task HandlersForOperationsTheFileDoesNotDefine_FailStartUp_InOneMessage()
    {
        var start = () => HarnessMock.StartAsync(new HarnessMockOptions
        {
            OpenApiDirectory = SpecMock.Folder("petstore"),
            Modules = [new PetModule("listPet", "adoptPet", "createPet")],
        });

        var message = (await start.Should().ThrowAsync<ArgumentException>()).Which.Message;
        message.Should().Contain("'listPet'").And.Contain("did you mean 'listPets'?").And.Contain("'adoptPet'");
        message.Should().NotContain("'createPet'");
    }

    [Test]
    public async Task EveryOperation_IsBoundOnce_ToItsModuleOrTheGenericOne()
    {
        await using var vendors = await HarnessMock.StartAsync();
        var bindings = vendors.Runtime.Bindings;
        bindings[vendors.Catalog.Find("updateUser")!].Module.Should().BeOfType<IterableModule>();

        await using var petstore = await SpecMock.StartAsync("petstore");
        petstore.Mock.Runtime.Bindings[petstore.Mock.Catalog.Find("listPets")!].Module.Should().BeOfType<GenericModule>();
    }

    [Test]
    public async Task RegisteredModule_HandlesItsOperations_AndTheRestAnswerFromTheirDocumentation()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions
        {
            OpenApiDirectory = SpecMock.Folder("petstore"),
            Modules = [new PetModule("createPet")],
        });
        using var http = new HttpClient();

        var created = await http.PostAsync(mock.Url + "/v1/pets?api_key=k", new StringContent("""{"name":"Rex"}""", System.Text.Encoding.UTF8, "application/json"));
        (await created.Content.ReadAsStringAsync()).Should().Contain("PetModule");

        var listed = await http.GetAsync(mock.Url + "/v1/pets?api_key=k");
        ((int)listed.StatusCode).Should().Be(200);
        (await listed.Content.ReadAsStringAsync()).Should().StartWith("[{\"id\":1,\"name\":\"name\"", "a sample of the documented array, with no state behind it");
    }

    [Test]
    public void TwoModulesForOneApi_AreAnOptionsProblem()
    {
        var options = new HarnessMockOptions { Modules = [new PetModule(), new PetModule()] };
        options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().WithMessage("*2 modules are registered for the API 'petstore'*");
    }
}
