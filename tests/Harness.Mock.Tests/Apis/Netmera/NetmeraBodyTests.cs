using FluentAssertions;
using Harness.Core.OpenApi;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Server;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>Id lists lose their duplicates before the schema sees them; a list without any is left as it came.</summary>
public sealed class NetmeraBodyTests
{
    private static ApiOperation TagUsers() =>
        CatalogCache.GetAsync(HarnessMock.DefaultOpenApiDirectory, CancellationToken.None).GetAwaiter().GetResult()
            .Operations.Single(o => o.OperationId == "tagUsers");

    [Test]
    public void Prepare_AListWithoutDuplicates_IsTheSameList_Untouched()
    {
        var extIds = new JArray(Enumerable.Range(0, 1000).Select(i => $"u{i}"));
        var body = new JObject { ["tag"] = "t", ["extIds"] = extIds };

        var prepared = (JObject)NetmeraBody.Prepare(TagUsers(), body);

        prepared["extIds"].Should().BeSameAs(extIds);
        extIds.Should().HaveCount(1000);
    }

    [Test]
    public void Prepare_Duplicates_KeepTheFirstOfEach_InOrder_AndATextAndANumberStayTwo()
    {
        var body = JObject.Parse("""{"tag":"t","extIds":["b","a","b",1,"1",1,"a","c",{"x":1},{"x":1}],"emailList":["x@y.z","x@y.z"]}""");

        var prepared = (JObject)NetmeraBody.Prepare(TagUsers(), body);

        prepared["extIds"]!.ToString(Formatting.None).Should().Be("""["b","a",1,"1","c",{"x":1}]""");
        prepared["emailList"]!.ToString(Formatting.None).Should().Be("""["x@y.z"]""");
    }
}
