using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>
/// Email and SMS permissions by ids or by contact, and the contact fields themselves. Unknown ids,
/// addresses and numbers change nothing and create nobody.
/// </summary>
public sealed class MailSmsTests
{
    [Test]
    public async Task UpdateEmail_SetsTheUserField_ShownBySegmentUsers()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { segments = new[] { new { id = 1, name = "all", type = "STANDARD", extIds = new[] { "u1" } } } });
        await client.CreateUsers("u1");

        (await client.Post("/updateEmail", new { extId = "u1", email = "ada@example.com" })).ShouldBeEmptyOk();

        var response = await client.Get("/getSegmentUsers?id=1");
        ((string?)response["$.list[0].email"]).Should().Be("ada@example.com");
        (await client.Profile("u1")).Should().BeEmpty();
    }

    [Test]
    public async Task UpdateEmail_UnknownExtId_Is200_AndCreatesNobody()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/updateEmail", new { extId = "new-user", email = "n@example.com" })).ShouldBeEmptyOk();
        (await client.ViewUser("new-user")).Should().BeNull();
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task UpdateEmail_EmptyOrBlank_KeepsTheStoredAddress(string email)
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        await client.Post("/updateEmail", new { extId = "u1", email = "ada@example.com" });

        (await client.Post("/updateEmail", new { extId = "u1", email })).ShouldBeEmptyOk();

        ((string?)(await client.ViewUser("u1"))!["email"]).Should().Be("ada@example.com");
    }

    [Test]
    public async Task UpdateEmail_FormatIsNotChecked()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        (await client.Post("/updateEmail", new { extId = "u1", email = "not an address" })).ShouldBeEmptyOk();
        ((string?)(await client.ViewUser("u1"))!["email"]).Should().Be("not an address");
    }

    [Test]
    public async Task UpdateEmail_AddressHeldByAnotherUser_MovesToThisOne()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1", "u2");
        await client.Post("/updateEmail", new { extId = "u1", email = "shared@example.com" });

        (await client.Post("/updateEmail", new { extId = "u2", email = "shared@example.com" })).ShouldBeEmptyOk();

        ((string?)(await client.ViewUser("u1"))!["email"]).Should().BeNull();
        ((string?)(await client.ViewUser("u2"))!["email"]).Should().Be("shared@example.com");
    }

    [Test]
    public async Task UpdateEmail_TenantSharingEmails_LeavesTheOtherHolder()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { sharedEmails = true });
        await client.CreateUsers("u1", "u2");
        await client.Post("/updateEmail", new { extId = "u1", email = "shared@example.com" });

        await client.Post("/updateEmail", new { extId = "u2", email = "shared@example.com" });

        ((string?)(await client.ViewUser("u1"))!["email"]).Should().Be("shared@example.com");
    }

    [Test]
    public async Task UpdateEmail_MissingOrNullEmail_Is2020()
    {
        (await ApiClient.Netmera().Post("/updateEmail", new { extId = "u1" })).ShouldBeError(400, 2020, "'email'");
        (await ApiClient.Netmera().Post("/updateEmail", """{"extId":"u1","email":null}""")).ShouldBeError(400, 2020, "'email'");
    }

    [Test]
    public async Task UpdateMsisdn_SetsTheUserField_ReplacingTheOldOne()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905550000000" });

        (await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" })).ShouldBeEmptyOk();

        ((string?)(await client.ViewUser("u1"))!["msisdn"]).Should().Be("905551112233");
    }

    [Test]
    public async Task UpdateMsisdn_Empty_IsStored_AndTurnsSmsOff()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" });
        await client.Post("/enableSms", new { extIds = new[] { "u1" } });

        (await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "" })).ShouldBeEmptyOk();

        var user = (await client.ViewUser("u1"))!;
        ((string?)user["msisdn"]).Should().Be("");
        ((bool?)user["smsPermitted"]).Should().BeFalse();
    }

    [Test]
    public async Task UpdateMsisdn_NumberHeldByAnotherUser_MovesUnlessShared()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1", "u2", "u3");
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" });

        await client.Post("/updateMsisdn", new { extId = "u2", msisdn = "905551112233" });
        ((string?)(await client.ViewUser("u1"))!["msisdn"]).Should().BeNull();

        await client.Settings(new { sharedMsisdns = true });
        await client.Post("/updateMsisdn", new { extId = "u3", msisdn = "905551112233" });
        ((string?)(await client.ViewUser("u2"))!["msisdn"]).Should().Be("905551112233");
    }

    [Test]
    public async Task UpdateMsisdn_UnknownExtId_Is200_AndCreatesNobody()
    {
        var client = ApiClient.Netmera();
        (await client.Post("/updateMsisdn", new { extId = "ghost", msisdn = "905551112233" })).ShouldBeEmptyOk();
        (await client.ViewUser("ghost")).Should().BeNull();
    }

    [Test]
    public async Task UpdateMsisdn_NumberInsteadOfText_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/updateMsisdn", new { extId = "u1", msisdn = 905551112233 });
        response.ShouldBeError(400, 2004, "Field 'msisdn' should be a text");
    }

    [Test]
    public async Task EnableMail_ByExtIds_SetsPermission_AndIgnoresUnknownUsers()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");

        (await client.Post("/enableMail", new { extIds = new[] { "u1", "ghost" } })).ShouldBeEmptyOk();

        ((bool?)(await client.ViewUser("u1"))!["mailPermitted"]).Should().BeTrue();
        (await client.ViewUser("ghost")).Should().BeNull();
    }

    [Test]
    public async Task DisableMail_ByEmailList_SwitchesEveryUserHoldingTheAddress()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new { sharedEmails = true });
        await client.CreateUsers("u1", "u2", "u3");
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
        (await client.LastWarnings("enableMail")).Should().Contain("nobody@example.com");
    }

    [TestCase("no-at-sign")]
    [TestCase("two words@example.com")]
    [TestCase("a@nodot")]
    public async Task EnableMail_OneInvalidAddress_Is2004_NamingIt_AndChangesNothing(string address)
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        await client.Post("/updateEmail", new { extId = "u1", email = "ada@example.com" });

        var response = await client.Post("/enableMail", new { emailList = new[] { "ada@example.com", address } });

        response.ShouldBeError(400, 2004, address);
        ((bool?)(await client.ViewUser("u1"))!["mailPermitted"]).Should().BeNull();
    }

    [Test]
    public async Task EnableMail_BothExtIdsAndEmailList_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/enableMail", new { extIds = new[] { "u1" }, emailList = new[] { "a@example.com" } });
        response.ShouldBeError(400, 2020, "Only one of 'extIds' or 'emailList'");
    }

    [Test]
    public async Task DisableMail_NeitherExtIdsNorEmailList_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/disableMail", new { });
        response.ShouldBeError(400, 2020, "one of 'extIds' or 'emailList' is required");
    }

    [Test]
    public async Task EnableMail_1001UniqueEmails_Is2004_NamingTheLimit()
    {
        var emails = Enumerable.Range(1, 1001).Select(i => $"user{i}@example.com");
        var response = await ApiClient.Netmera().Post("/enableMail", new { emailList = emails });
        response.ShouldBeError(400, 2004, "At most 1000 unique email addresses");
    }

    [Test]
    public async Task EnableMail_1001CopiesOfOneAddress_IsAccepted()
    {
        var emails = Enumerable.Repeat("same@example.com", 1001);
        (await ApiClient.Netmera().Post("/enableMail", new { emailList = emails })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task EnableSms_ByMsisdnList_SwitchesTheUserHoldingTheNumberExactlyAsStored()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");
        await client.Post("/updateMsisdn", new { extId = "u1", msisdn = "905551112233" });

        (await client.Post("/enableSms", new { msisdnList = new[] { "+905551112233" } })).ShouldBeEmptyOk();
        ((bool?)(await client.ViewUser("u1"))!["smsPermitted"]).Should().BeNull("another format is another number");

        (await client.Post("/enableSms", new { msisdnList = new[] { "905551112233" } })).ShouldBeEmptyOk();
        ((bool?)(await client.ViewUser("u1"))!["smsPermitted"]).Should().BeTrue();
    }

    [Test]
    public async Task DisableSms_ByExtIds_SetsPermission_AndIgnoresUnknownUsers()
    {
        var client = ApiClient.Netmera();
        await client.CreateUsers("u1");

        (await client.Post("/disableSms", new { extIds = new[] { "u1", "ghost" } })).ShouldBeEmptyOk();

        ((bool?)(await client.ViewUser("u1"))!["smsPermitted"]).Should().BeFalse();
        (await client.ViewUser("ghost")).Should().BeNull();
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
