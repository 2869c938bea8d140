using Harness.Mock.Modules;

namespace Harness.Mock.Apis.Netmera;

/// <summary>
/// Email and SMS: permissions and the contact fields themselves. Unknown external ids, addresses and
/// numbers are ignored (journal warnings) and nobody is created; contacts match exactly as stored, and
/// every user holding a listed one is switched.
/// </summary>
internal static class MailSms
{
    public static MockResponse EnableMail(HandlerContext<NetmeraState> ctx) => Switch(ctx, "emailList", u => u.Email, u => u.MailPermitted = true);

    public static MockResponse DisableMail(HandlerContext<NetmeraState> ctx) => Switch(ctx, "emailList", u => u.Email, u => u.MailPermitted = false);

    public static MockResponse EnableSms(HandlerContext<NetmeraState> ctx) => Switch(ctx, "msisdnList", u => u.Msisdn, u => u.SmsPermitted = true);

    public static MockResponse DisableSms(HandlerContext<NetmeraState> ctx) => Switch(ctx, "msisdnList", u => u.Msisdn, u => u.SmsPermitted = false);

    /// <summary>
    /// An empty or blank address keeps the stored one; the format is not checked. Unless the tenant shares
    /// emails, the address first leaves any other user holding it.
    /// </summary>
    public static MockResponse UpdateEmail(HandlerContext<NetmeraState> ctx)
    {
        var body = ctx.Request.BodyObject;
        if (Known(ctx, RequestValues.Text(body, "extId")) is not { } user)
        {
            return MockResponse.EmptyOk;
        }

        var email = RequestValues.Text(body, "email");
        if (string.IsNullOrWhiteSpace(email))
        {
            ctx.Warn("email is empty or blank: the stored address is kept");
            return MockResponse.EmptyOk;
        }

        if (!ctx.State.SharedEmails)
        {
            TakeFromOthers(ctx, user, u => u.Email == email, u => u.Email = null, "email");
        }

        user.Email = email;
        user.Untracked = false;
        return MockResponse.EmptyOk;
    }

    /// <summary>
    /// An empty number is stored as the number and turns SMS permission off (Decision). Unless the tenant
    /// shares numbers, a non-empty one first leaves any other user holding it.
    /// </summary>
    public static MockResponse UpdateMsisdn(HandlerContext<NetmeraState> ctx)
    {
        var body = ctx.Request.BodyObject;
        if (Known(ctx, RequestValues.Text(body, "extId")) is not { } user)
        {
            return MockResponse.EmptyOk;
        }

        var msisdn = RequestValues.Text(body, "msisdn");
        if (msisdn.Length == 0)
        {
            user.SmsPermitted = false;
        }
        else if (!ctx.State.SharedMsisdns)
        {
            TakeFromOthers(ctx, user, u => u.Msisdn == msisdn, u => u.Msisdn = null, "MSISDN");
        }

        user.Msisdn = msisdn;
        user.Untracked = false;
        return MockResponse.EmptyOk;
    }

    private static NetmeraUser? Known(HandlerContext<NetmeraState> ctx, string extId)
    {
        var user = ctx.State.FindUser(extId);
        if (user is null)
        {
            ctx.Warn($"no user '{extId}': nothing changed, nobody created");
        }

        return user;
    }

    private static void TakeFromOthers(HandlerContext<NetmeraState> ctx, NetmeraUser user, Func<NetmeraUser, bool> holds, Action<NetmeraUser> clear, string what)
    {
        foreach (var other in ctx.State.Users.Where(u => !ReferenceEquals(u, user) && holds(u)).ToArray())
        {
            clear(other);
            ctx.Warn($"the {what} moved from user '{other.ExtId}' to '{user.ExtId}'");
        }
    }

    private static MockResponse Switch(HandlerContext<NetmeraState> ctx, string listName, Func<NetmeraUser, string?> contactOf, Action<NetmeraUser> apply)
    {
        var body = ctx.Request.BodyObject;
        if (body.ContainsKey("extIds"))
        {
            var unknown = 0;
            foreach (var extId in RequestValues.Strings(body["extIds"]))
            {
                if (ctx.State.FindUser(extId) is { } user)
                {
                    apply(user);
                    user.Untracked = false;
                }
                else
                {
                    unknown++;
                }
            }

            if (unknown > 0)
            {
                ctx.Warn($"{unknown} external id(s) were not known and were ignored");
            }

            return MockResponse.EmptyOk;
        }

        var wanted = new HashSet<string>(RequestValues.Strings(body[listName]), StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in ctx.State.Users)
        {
            if (contactOf(user) is { } contact && wanted.Contains(contact))
            {
                apply(user);
                user.Untracked = false;
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
