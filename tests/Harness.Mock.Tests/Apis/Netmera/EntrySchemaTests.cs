using FluentAssertions;
using Harness.Core.Schemas;
using Harness.Mock.Apis.Netmera;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>
/// The schema says what the mock enforces: for the partially accepting batch operations, an entry is
/// skipped by the mock exactly when it breaks the entry schema of <c>openapi/netmera.yaml</c>.
/// </summary>
public sealed class EntrySchemaTests
{
    private static readonly string[] Entries =
    [
        """{"extId":"u1","profile":{"a":1}}""",
        """{"extId":"u1","profile":{"a":[1]}}""",
        """{"extId":"u1","profile":{}}""",
        """{"extId":"u1","profile":[]}""",
        """{"extId":"u1","profile":["a"]}""",
        """{"extId":"u1","profile":"a"}""",
        """{"extId":"u1"}""",
        """{"extId":7,"profile":{"a":[1]}}""",
        """{"extId":null,"profile":{"a":[1]}}""",
        """{"deviceToken":"t1","profile":{"a":[1]}}""",
        """{"deviceToken":5,"profile":{"a":[1]}}""",
        """{"extId":"u1","deviceToken":"t1","profile":{"a":["x"],"b":[]}}""",
        """{"extId":"u1","deviceToken":7,"profile":{"a":["x"]}}""",
        """{"profile":{"a":[1]}}""",
        """{"extId":"u1","category":"c","enable":true}""",
        """{"extId":"u1","category":7,"channel":"PIGEON","enable":false}""",
        """{"extId":"u1","enable":true}""",
        """{"extId":"u1","category":"c","enable":"yes"}""",
        """{"extId":"u1","category":"c"}""",
        """{"extId":"u1","enable":null}""",
        "\"u1\"",
        "7",
        "[]",
        "null",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from operation in new[] { "setProfileAttributes", "unsetProfileAttributes", "pushProfileAttributes", "pullProfileAttributes", "setCategoryPreferences" }
        from entry in Entries
        select new TestCaseData(operation, entry).SetName($"{operation}: {entry}");

    [TestCaseSource(nameof(Cases))]
    public void Entry_IsSkippedByTheMock_ExactlyWhenItBreaksTheEntrySchema(string operationId, string entry)
    {
        var operation = MockSetup.Mock.Catalog.Find(operationId)!;
        var itemSchema = operation.RequestSchema!.Item!;

        var prepared = (JArray)NetmeraBody.Prepare(operation, new JArray(JToken.Parse(entry)));
        var skipped = BatchEntries.AllSkipped(prepared);
        var schemaSays = SchemaValidator.Validate(itemSchema, WithoutNullFields(JToken.Parse(entry)));

        skipped.Should().Be(schemaSays.Count > 0, string.Join("; ", schemaSays));
    }

    [TestCase("tagUsers", "extIds")]
    [TestCase("enableMail", "emailList")]
    [TestCase("enableSms", "msisdnList")]
    public void IdLists_StateTheUniqueLimit_InsteadOfMaxItems(string operationId, string list)
    {
        var schema = MockSetup.Mock.Catalog.Find(operationId)!.RequestSchema!.ActualProperties[list].ActualSchema;

        schema.MaxItems.Should().Be(0, "1001 copies of one id are accepted, so maxItems would be untrue");
        schema.ExtensionData.Should().ContainKey("x-max-unique-items");
        Convert.ToInt32(schema.ExtensionData!["x-max-unique-items"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(IdLimit.Max);
    }

    // A null field counts as absent to Netmera; the schema sees the entry as the mock does.
    private static JToken WithoutNullFields(JToken entry)
    {
        if (entry is JObject json)
        {
            foreach (var property in json.Properties().Where(p => p.Value.Type == JTokenType.Null).ToArray())
            {
                property.Remove();
            }
        }

        return entry;
    }
}
