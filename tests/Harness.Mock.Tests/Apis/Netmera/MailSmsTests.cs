using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>Email and SMS permissions by ids or by contact, and the contact fields themselves.</summary>
public sealed class MailSmsTests
{
    [Test]
    public async Task UpdateEmail_SetsTheUserField_ShownBySegmentUsers()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { segments = new[] { new { id = 1, name = "all", type = "STANDARD", extIds = new[] { "u1" } } } });

        (await client.Post("/updateEmail", new { extId = "u1", email = "ada@example.com" })).ShouldBeEmptyOk();

        var response = await client.Get("/getSegmentUsers?id=1", headers: NetmeraCalls.Os());
        ((string?)response["$.list[0].email"]).Should().Be("ada@example.com");
        (await client.Profile("u1")).Should().BeEmpty();
    }

    [Test]
    public async Task UpdateEmail_UnknownExtId_CreatesTheUser()
    {
        var client = ApiClient.Netmera();
        await client.Post("/updateEmail", new { extId = "new-user", email = "n@example.com" });
        ((string?)(await client.ViewUser("new-user"))!["email"]).Should().Be("n@example.com");
    }

    [Test]
    public async Task UpdateEmail_MissingEmail_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/updateEmail", new { extId = "u1" });
        response.ShouldBeError(400, 2020, "'email'");
    }

    [Test]
    public async Task UpdateMsisdn_SetsTheUserField_ReplacingTheOldOne()
    {
        var client = ApiClient.Netmera();
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905550000000" });

        (await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" })).ShouldBeEmptyOk();

        ((string?)(await client.ViewUser("u1"))!["msisdn"]).Should().Be("905551112233");
    }

    [Test]
    public async Task UpdateMsisdn_NumberInsteadOfText_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/updateMsisdn", new { extId = "u1", msisdn = 905551112233 });
        response.ShouldBeError(400, 2004, "Field 'msisdn' should be a text");
    }

    [Test]
    public async Task EnableMail_ByExtIds_SetsPermission_AndCreatesUnknownUsers()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/enableMail", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        ((bool?)(await client.ViewUser("u1"))!["mailPermitted"]).Should().BeTrue();
    }

    [Test]
    public async Task DisableMail_ByEmailList_SwitchesEveryUserHoldingTheAddress()
    {
        var client = ApiClient.Netmera();
        await client.Post("/updateEmail", new { extId = "u1", email = "shared@example.com" });
        await client.Post("/updateEmail", new { extId = "u2", email = "shared@example.com" });
        await client.Post("/updateEmail", new { extId = "u3", email = "other@example.com" });
        await client.Post("/enableMail", new { extIds = new[] { "u1", "u2", "u3" } });

        (await client.Post("/disableMail", new { emailList = new[] { "shared@example.com" } })).ShouldBeEmptyOk();

        ((bool?)(await client.ViewUser("u1"))!["mailPermitted"]).Should().BeFalse();
        ((bool?)(await client.ViewUser("u2"))!["mailPermitted"]).Should().BeFalse();
        ((bool?)(await client.ViewUser("u3"))!["mailPermitted"]).Should().BeTrue();
    }

    [Test]
    public async Task EnableMail_UnknownEmail_IsIgnoredWithAWarning_AndCreatesNoUser()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/enableMail", new { emailList = new[] { "nobody@example.com" } })).ShouldBeEmptyOk();

        ((int)(await client.View())["userCount"]!).Should().Be(0);
        var journal = await client.Admin(HttpMethod.Get, "requests?operation=enableMail");
        journal.Json!["requests"]!.Last!["warnings"]!.ToString().Should().Contain("nobody@example.com");
    }

    [Test]
    public async Task EnableMail_BothExtIdsAndEmailList_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/enableMail", new { extIds = new[] { "u1" }, emailList = new[] { "a@example.com" } });
        response.ShouldBeError(400, 2020, "Exactly one of 'extIds' or 'emailList'");
    }

    [Test]
    public async Task DisableMail_NeitherExtIdsNorEmailList_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/disableMail", new { });
        response.ShouldBeError(400, 2020, "Exactly one of 'extIds' or 'emailList'");
    }

    [Test]
    public async Task EnableMail_1001UniqueEmails_Is2004_NamingTheLimit()
    {
        var emails = Enumerable.Range(1, 1001).Select(i => $"user{i}@example.com");
        var response = await ApiClient.Netmera().Post("/enableMail", new { emailList = emails });
        response.ShouldBeError(400, 2004, "At most 1000 unique email addresses");
    }

    [Test]
    public async Task EnableSms_ByMsisdnList_SwitchesTheUserHoldingTheNumber()
    {
        var client = ApiClient.Netmera();
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" });

        (await client.Post("/enableSms", new { msisdnList = new[] { "905551112233" } })).ShouldBeEmptyOk();

        ((bool?)(await client.ViewUser("u1"))!["smsPermitted"]).Should().BeTrue();
    }

    [Test]
    public async Task DisableSms_ByExtIds_SetsPermission_AndCreatesUnknownUsers()
    {
        var client = ApiClient.Netmera();

        (await client.Post("/disableSms", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();

        ((bool?)(await client.ViewUser("u1"))!["smsPermitted"]).Should().BeFalse();
    }

    [Test]
    public async Task DisableSms_1001UniqueMsisdns_Is2004_NamingTheLimit()
    {
        var numbers = Enumerable.Range(1, 1001).Select(i => $"90555{i:D7}");
        var response = await ApiClient.Netmera().Post("/disableSms", new { msisdnList = numbers });
        response.ShouldBeError(400, 2004, "At most 1000 unique MSISDNs");
    }

    [Test]
    public async Task EnableSms_EmptyMsisdnList_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/enableSms", new { msisdnList = Array.Empty<string>() });
        response.ShouldBeError(400, 2020, "'msisdnList'");
    }
}
