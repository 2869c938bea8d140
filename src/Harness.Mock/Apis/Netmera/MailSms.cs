using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Email and SMS: permissions and the contact fields themselves. By <c>extIds</c> unknown users are created;
/// by <c>emailList</c> / <c>msisdnList</c> the users holding those are switched, and addresses nobody holds
/// are ignored with a journal warning (Decision: an address alone does not identify a user to create).
/// </summary>
internal static class MailSms
{
    public static MockResponse EnableMail(HandlerContext<NetmeraState> ctx) => Switch(ctx, "emailList", u => u.Email, u => u.MailPermitted = true);

    public static MockResponse DisableMail(HandlerContext<NetmeraState> ctx) => Switch(ctx, "emailList", u => u.Email, u => u.MailPermitted = false);

    public static MockResponse EnableSms(HandlerContext<NetmeraState> ctx) => Switch(ctx, "msisdnList", u => u.Msisdn, u => u.SmsPermitted = true);

    public static MockResponse DisableSms(HandlerContext<NetmeraState> ctx) => Switch(ctx, "msisdnList", u => u.Msisdn, u => u.SmsPermitted = false);

    public static MockResponse UpdateEmail(HandlerContext<NetmeraState> ctx)
    {
        var body = ctx.Request.BodyObject;
        ctx.State.GetOrCreateUser(RequestValues.Text(body, "extId")).Email = RequestValues.Text(body, "email");
        return MockResponse.EmptyOk;
    }

    public static MockResponse UpdateMsisdn(HandlerContext<NetmeraState> ctx)
    {
        var body = ctx.Request.BodyObject;
        ctx.State.GetOrCreateUser(RequestValues.Text(body, "extId")).Msisdn = RequestValues.Text(body, "msisdn");
        return MockResponse.EmptyOk;
    }

    private static MockResponse Switch(HandlerContext<NetmeraState> ctx, string listName, Func<NetmeraUser, string?> contactOf, Action<NetmeraUser> apply)
    {
        var body = ctx.Request.BodyObject;
        if (body.ContainsKey("extIds"))
        {
            foreach (var extId in RequestValues.Strings(body["extIds"]))
            {
                apply(ctx.State.GetOrCreateUser(extId));
            }

            return MockResponse.EmptyOk;
        }

        // Contacts are compared exactly; several users may share one, and all of them are switched.
        var wanted = new HashSet<string>(RequestValues.Strings(body[listName]), StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in ctx.State.Users)
        {
            if (contactOf(user) is { } contact && wanted.Contains(contact))
            {
                apply(user);
                found.Add(contact);
            }
        }

        if (wanted.Count > found.Count)
        {
            ctx.Warn($"{listName}: no user holds {string.Join(", ", wanted.Except(found).Take(10))}; ignored");
        }

        return MockResponse.EmptyOk;
    }
}
