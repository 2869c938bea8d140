using FluentAssertions;
using Harness.Core.Scenarios.Templates;

namespace Harness.Core.Tests.Scenarios;

internal sealed class TemplateTests
{
    [Test]
    public void Parse_SplitsTextAndPlaceholders_WithOffsets()
    {
        var template = Template.Parse("id-{{ user }}-{{env.HOME}}");

        template.Error.Should().BeNull();
        template.Parts.Select(p => (p.Value, p.IsPlaceholder, p.Offset)).Should().Equal(
            ("id-", false, 0), ("user", true, 3), ("-", false, 13), ("env.HOME", true, 14));
        template.IsSinglePlaceholder.Should().BeFalse();
    }

    [TestCase("{{ x }}", true)]
    [TestCase("  {{ x }}", false)]
    [TestCase("{{ x }}{{ y }}", false)]
    [TestCase("plain", false)]
    public void IsSinglePlaceholder_OnlyForExactlyOnePlaceholder(string text, bool single) =>
        Template.Parse(text).IsSinglePlaceholder.Should().Be(single);

    [TestCase("{{ x", "'{{' is never closed with '}}'")]
    [TestCase("{{ }}", "empty placeholder '{{ }}'")]
    [TestCase("{{ a+b }}", "'a+b' is not a variable name")]
    public void Parse_BrokenPlaceholders_GiveAnError(string text, string error) =>
        Template.Parse(text).Error.Should().StartWith(error);

    [TestCase("uuid", true)]
    [TestCase("random.int", true)]
    [TestCase("env.PATH", true)]
    [TestCase("env.", false)]
    [TestCase("user", false)]
    public void Builtins_AreKnownByName(string name, bool builtin) => TemplateBuiltins.IsBuiltin(name).Should().Be(builtin);
}
