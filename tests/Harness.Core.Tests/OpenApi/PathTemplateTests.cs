using System.Text.RegularExpressions;
using FluentAssertions;
using Harness.Core.OpenApi;

namespace Harness.Core.Tests.OpenApi;

[TestFixture]
public class PathTemplateTests
{
    [Test]
    public void Constructor_SplitsLiteralsAndParameters()
    {
        var template = new PathTemplate("/api/users/byUserId/{userId}");

        template.Template.Should().Be("/api/users/byUserId/{userId}");
        template.ParameterNames.Should().Equal("userId");
        template.LiteralSegmentCount.Should().Be(3);
        template.SegmentCount.Should().Be(4);
        template.LiteralPrefix.Should().Be("/api/users/byUserId");
        template.ToString().Should().Be("/api/users/byUserId/{userId}");
    }

    [Test]
    public void TryMatch_LiteralTemplate_MatchesOnlyItsOwnPath()
    {
        var template = new PathTemplate("/rest/3.0/tagUsers");

        template.TryMatch("/rest/3.0/tagUsers", out var values).Should().BeTrue();
        values.Should().BeEmpty();
        template.TryMatch("/rest/3.0/untagUsers", out _).Should().BeFalse();
    }

    [Test]
    public void TryMatch_Parameter_CapturesTheSegment()
    {
        var template = new PathTemplate("/api/users/{email}");

        template.TryMatch("/api/users/user@example.com", out var values).Should().BeTrue();

        values.Should().Equal(new Dictionary<string, string> { ["email"] = "user@example.com" });
    }

    [TestCase("/api/users/a%40b.com", "a@b.com")]
    [TestCase("/api/users/first%20last%2Bx", "first last+x")]
    [TestCase("/api/users/a%2Fb", "a/b")]
    public void TryMatch_PercentEncodedSegment_IsDecoded(string path, string expected)
    {
        new PathTemplate("/api/users/{email}").TryMatch(path, out var values).Should().BeTrue();

        values["email"].Should().Be(expected);
    }

    [Test]
    public void TryMatch_PlusSign_IsKeptAsIsInPaths()
    {
        new PathTemplate("/api/users/{email}").TryMatch("/api/users/a+tag@b.com", out var values).Should().BeTrue();

        values["email"].Should().Be("a+tag@b.com");
    }

    [TestCase("/api/users")]
    [TestCase("/api/users/a/b")]
    [TestCase("/api/people/a")]
    public void TryMatch_OtherShape_DoesNotMatch(string path)
    {
        new PathTemplate("/api/users/{email}").TryMatch(path, out var values).Should().BeFalse();
        values.Should().BeEmpty();
    }

    [Test]
    public void TryMatch_EmptyParameterSegment_DoesNotMatch()
    {
        new PathTemplate("/api/users/byUserId/{userId}").TryMatch("/api/users/byUserId/", out _).Should().BeFalse();
        new PathTemplate("/api/{a}/x").TryMatch("/api//x", out _).Should().BeFalse();
    }

    [Test]
    public void TryMatch_LiteralSegments_AreCaseSensitive()
    {
        new PathTemplate("/api/users/getByEmail").TryMatch("/api/users/GETBYEMAIL", out _).Should().BeFalse();
    }

    [Test]
    public void TryMatch_TrailingSlash_IsIgnored()
    {
        new PathTemplate("/rest/3.0/tagUsers").TryMatch("/rest/3.0/tagUsers/", out _).Should().BeTrue();
    }

    [Test]
    public void TryMatch_SeveralParameters_CapturesEach()
    {
        var template = new PathTemplate("/a/{first}/b/{second}");

        template.TryMatch("/a/1/b/two", out var values).Should().BeTrue();

        values.Should().Equal(new Dictionary<string, string> { ["first"] = "1", ["second"] = "two" });
        template.ParameterNames.Should().Equal("first", "second");
        template.LiteralPrefix.Should().Be("/a");
    }

    [Test]
    public void Expand_EscapesValues_AndRoundTripsThroughTryMatch()
    {
        var template = new PathTemplate("/api/users/{email}");

        var path = template.Expand(new Dictionary<string, string> { ["email"] = "a b/c@d.com" });

        path.Should().Be("/api/users/a%20b%2Fc%40d.com");
        template.TryMatch(path, out var values).Should().BeTrue();
        values["email"].Should().Be("a b/c@d.com");
    }

    [Test]
    public void Expand_MissingValue_KeepsThePlaceholder()
    {
        new PathTemplate("/api/users/byUserId/{userId}").Expand(new Dictionary<string, string>())
            .Should().Be("/api/users/byUserId/{userId}");
    }

    [Test]
    public void ToRegex_MatchesTheSamePathsAsTryMatch()
    {
        var regex = new Regex(new PathTemplate("/rest/3.0/{op}").ToRegex());

        regex.IsMatch("/rest/3.0/tagUsers").Should().BeTrue();
        regex.IsMatch("/rest/3.0/tagUsers/").Should().BeTrue();
        regex.IsMatch("/rest/3x0/tagUsers").Should().BeFalse("the dot is a literal");
        regex.IsMatch("/rest/3.0/a/b").Should().BeFalse();
        regex.IsMatch("/rest/3.0/").Should().BeFalse();
    }
}
