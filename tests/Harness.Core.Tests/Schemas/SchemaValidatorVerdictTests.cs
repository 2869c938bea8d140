using System.Collections.Concurrent;
using FluentAssertions;
using Harness.Core.Schemas;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Harness.Core.Tests.Schemas;

/// <summary><see cref="SchemaValidator"/> with the compiled verdict in front of NJsonSchema.</summary>
[TestFixture]
public class SchemaValidatorVerdictTests
{
    private const string RegisterBody = """{"email":"a@b.com","device":{"token":"t","platform":"GCM","applicationName":"com.example.app"}}""";

    [Test]
    public void Validate_ValidBody_AllocatesNothing()
    {
        var schema = TestApis.Operation("registerDeviceToken").RequestSchema!;
        var body = ValueMutations.AsReceived(RegisterBody);
        SchemaValidator.Validate(schema, body).Should().BeEmpty(); // compiles and warms up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var violations = SchemaValidator.Validate(schema, body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        violations.Should().BeEmpty();
        allocated.Should().Be(0, "a valid body is proven valid without NJsonSchema's error tree");
    }

    [Test]
    public void Validate_InvalidBody_StillGetsNJsonSchemaWording()
    {
        var schema = TestApis.Operation("registerDeviceToken").RequestSchema!;
        var body = ValueMutations.AsReceived("""{"email":"a@b.com","device":{"token":5,"platform":"GCM","applicationName":"x"}}""");

        SchemaValidator.Verdict(schema, body).Should().Be(SchemaVerdict.Invalid);
        SchemaValidator.Validate(schema, body).Select(v => v.ToString()).Should().Equal("$.device.token: expected string, got number 5");
    }

    [Test]
    public void Verdict_ParallelCallsOnOneSchema_AgreeWithOneAtATime()
    {
        // A schema instance of its own, so the parallel calls also race to compile it.
        var schema = HandWrittenSchemas.Load("anyOf required");
        var values = HandWrittenSchemas.ValidValues("anyOf required").SelectMany(ValueMutations.Around).ToArray();
        var checker = new SchemaChecker(new JsonSchemaValidatorSettings { FormatValidators = [] });
        var parallel = new ConcurrentDictionary<int, SchemaVerdict>();

        Parallel.For(0, values.Length * 20, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var verdict = checker.Check(schema, values[i % values.Length]);
            parallel.AddOrUpdate(i % values.Length, verdict, (_, seen) => seen == verdict ? seen : (SchemaVerdict)(-1));
        });

        var sequential = values.Select(v => CompiledSchema.Compile(schema, new HashSet<string>()).Check(v)).ToArray();
        Enumerable.Range(0, values.Length).Select(i => parallel[i]).Should().Equal(sequential);
        sequential.Should().Contain(SchemaVerdict.Valid).And.Contain(SchemaVerdict.Invalid);
    }
}
