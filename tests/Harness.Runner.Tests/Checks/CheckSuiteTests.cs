using Harness.Runner.Checks;
using Harness.Runner.Tests.Support;
using Harness.Runner.Results;

namespace Harness.Runner.Tests.Checks;

internal sealed class CheckSuiteTests
{
    [Test]
    public void WrongStatus_HidesTheOtherExpectations_ButNotTheContract()
    {
        var context = Exchanges.Context(
            "  - call: getItem\n    path: { id: a }\n    expect: { status: 200, body: { name: Chair }, json: { \"$.id\": a } }\n",
            Exchanges.Response(404, """{"message":"no"}"""));

        var failures = CheckSuite.Default.Run(context);

        failures.Select(f => f.Check).Should().Equal(nameof(ExpectStatus), nameof(ResponseSchema));
    }

    [Test]
    public void FailuresOfTheContractChecks_AreMarkedContract_ThoseOfExpectationsAreNot()
    {
        var context = Exchanges.Context("  - call: getItem\n    path: { id: a }\n    expect: { status: 200 }\n", Exchanges.Response(500, "oops", "text/plain"));

        var failures = CheckSuite.Default.Run(context);

        failures.Single(f => f.Check == nameof(ExpectStatus)).IsContract.Should().BeFalse();
        failures.Single(f => f.Check == nameof(StatusDocumented)).IsContract.Should().BeTrue();
    }

    [Test]
    public void AnyCheckInTheContractList_IsContract_WhateverItsName()
    {
        var suite = new CheckSuite([new Throwing()], []);

        suite.Run(Exchanges.Context("  - call: listItems\n", Exchanges.Response(200, "{}"))).Single().IsContract.Should().BeTrue();
    }

    [Test]
    public void ACheckThatThrows_BecomesAFailure()
    {
        var suite = new CheckSuite([], [new Throwing()]);

        var failure = suite.Run(Exchanges.Context("  - call: listItems\n", Exchanges.Response(200, "{}"))).Should().ContainSingle().Subject;

        failure.Title.Should().Be("check 'Throwing' crashed (a harness bug): InvalidOperationException: boom");
    }

    [Test]
    public void AnUndefinedVariableInAnExpectation_IsAFailureAtThePlaceholder()
    {
        var step = ShopApi.Steps("  - call: listItems\n    expect: { body: { a: \"{{ later }}\" } }\n    capture: { later: $.a }\n", "vars: { later: 1 }\n").Steps[0];

        var failure = CheckSuite.Default.Run(Exchanges.Context(step, Exchanges.Response(200, """{"items":[]}""")))
            .Should().ContainSingle().Subject;

        failure.Title.Should().Be("cannot evaluate the expectation: undefined variable 'later'");
        failure.Location!.Column.Should().Be(27);
    }

    private sealed class Throwing : ICheck
    {
        public string Name => nameof(Throwing);

        public IEnumerable<CheckFailure> Run(CheckContext context) => throw new InvalidOperationException("boom");
    }
}
