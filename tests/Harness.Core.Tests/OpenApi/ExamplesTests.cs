using FluentAssertions;
using Harness.Core.OpenApi;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;

namespace Harness.Core.Tests.OpenApi;

/// <summary>Every example of the OpenAPI files is valid against its own schema.</summary>
[TestFixture]
public class ExamplesTests
{
    private static IEnumerable<ApiOperation> Operations =>
        TestApis.Catalog.Operations.OrderBy(o => o.OperationId, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> RequestExamples() =>
        Operations.Where(o => o.RequestSchema is not null)
            .Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    private static IEnumerable<TestCaseData> ResponseExamples() =>
        Operations.SelectMany(o => o.Responses.Values
            .Where(r => r.Schema is not null)
            .OrderBy(r => r.Status)
            .Select(r => new TestCaseData(o.OperationId, r.Status).SetArgDisplayNames(o.OperationId, r.Status.ToString())));

    private static IEnumerable<TestCaseData> ParameterExamples() =>
        Operations.SelectMany(o => o.Parameters
            .Select(p => new TestCaseData(o.OperationId, p.Name).SetArgDisplayNames(o.OperationId, p.Name)));

    [TestCaseSource(nameof(RequestExamples))]
    public void RequestExample_IsValidAgainstRequestSchema(string operationId)
    {
        var operation = TestApis.Operation(operationId);

        operation.RequestExample.Should().NotBeNull("every request body is documented with an example");
        SchemaValidator.Validate(operation.RequestSchema!, operation.RequestExample!).Select(v => v.ToString()).Should().BeEmpty();
    }

    [TestCaseSource(nameof(ResponseExamples))]
    public void ResponseExample_IsValidAgainstResponseSchema(string operationId, int status)
    {
        var response = TestApis.Operation(operationId).Responses[status];

        response.Example.Should().NotBeNull("every response with a body is documented with an example");
        SchemaValidator.Validate(response.Schema!, response.Example!).Select(v => v.ToString()).Should().BeEmpty();
    }

    [TestCaseSource(nameof(ParameterExamples))]
    public void ParameterExample_IsValidAgainstParameterSchema(string operationId, string parameterName)
    {
        var parameter = TestApis.Operation(operationId).Parameters.Single(p => p.Name == parameterName);

        parameter.Example.Should().NotBeNull("every parameter is documented with an example");
        SchemaValidator.Validate(parameter.Schema, parameter.Example!).Select(v => v.ToString()).Should().BeEmpty();
    }

    [TestCaseSource(nameof(ParameterExamples))]
    public void ParameterExample_AsText_PassesParameterValidation(string operationId, string parameterName)
    {
        var operation = TestApis.Operation(operationId);
        var parameter = operation.Parameters.Single(p => p.Name == parameterName);
        var text = parameter.Example!.ToString();

        var result = ParameterValidator.Validate(
            operation,
            name => parameter.Location == ParameterLocation.Query && name == parameterName ? text : null,
            name => parameter.Location == ParameterLocation.Header && name == parameterName ? text : null,
            parameter.Location == ParameterLocation.Path
                ? new Dictionary<string, string> { [parameterName] = text }
                : new Dictionary<string, string>());

        result.Violations.Where(v => v.Property == parameterName).Select(v => v.ToString()).Should().BeEmpty();
        result.Values.Should().ContainKey(parameterName);
    }

    [Test]
    public void Sources_CoverEveryOperationAndResponse()
    {
        RequestExamples().Should().HaveCount(TestApis.Catalog.Operations.Count(o => o.Method == "POST"));
        ResponseExamples().Should().HaveCount(TestApis.Catalog.Operations.Sum(o => o.Responses.Values.Count(r => r.HasBody)));
        ResponseExamples().Should().HaveCountGreaterThan(100);
        ParameterExamples().Should().HaveCount(TestApis.Catalog.Operations.Sum(o => o.Parameters.Count));
        ParameterExamples().Should().HaveCountGreaterThan(10);
    }

    [Test]
    public void Examples_KeepTheirYamlScalarTypes()
    {
        // Plain YAML scalars are numbers, booleans and null; quoted ones stay text.
        TestApis.Operation("tagUsers").Responses[400].Example!["code"].Should().BeEquivalentTo(new JValue(2004L));
        TestApis.Operation("updateUser").RequestExample!["mergeNestedObjects"].Should().BeEquivalentTo(new JValue(true));
        TestApis.Operation("updateUser").Responses[200].Example!["params"]!.Type.Should().Be(JTokenType.Null);
        TestApis.Operation("getDeviceTokens").Parameters.Single(p => p.Name == "max").Example.Should().BeEquivalentTo(new JValue(2L));
        TestApis.Operation("getUserByUserId").Parameters.Single().Example.Should().BeEquivalentTo(new JValue("42"));
        TestApis.Operation("updateMsisdn").RequestExample!["msisdn"].Should().BeEquivalentTo(new JValue("905551112233"));
        TestApis.Operation("getDevices").Responses[200].Example!["devices"]![0]!["deviceModel"].Should().BeEquivalentTo(new JValue("iPhone15,2"));
    }

    [Test]
    public void SchemaValidator_RejectsAnExampleOnceBroken()
    {
        // Guards the example tests against passing vacuously (for instance if schemas were read as "anything").
        var operation = TestApis.Operation("registerDeviceToken");
        var broken = operation.RequestExample!.DeepClone();
        broken["device"]!["platform"] = "FCM";

        SchemaValidator.Validate(operation.RequestSchema!, broken).Select(v => v.Path).Should().Equal("$.device.platform");
    }
}
