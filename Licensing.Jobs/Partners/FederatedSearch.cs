using Licensing.Domain.Data;
using Licensing.Domain.Register;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Jobs.Partners;

/// <summary>This register's matches and every partner's outcome, for one search.</summary>
public sealed record FederatedResult(Guid SearchId, IReadOnlyList<RegisterMatch> Local, IReadOnlyList<PartnerOutcome> Partners)
{
    /// <summary>True only when every partner answered: otherwise "nothing found" cannot be said.</summary>
    public bool Complete => Partners.All(p => p.Answer == PartnerAnswer.Answered);
    public bool AnyMatch => Local.Count > 0 || Partners.Any(p => p.Matches.Count > 0);
}

/// <summary>
/// Searches this register and every connected partner's in parallel (application check and officers'
/// search). A partner that fails or times out is reported as such, never as "no match".
/// </summary>
public sealed class FederatedSearch(IDbContextFactory<LicensingDbContext> dbFactory, RegisterIndex register, PartnerRegisterClient client, IDataProtectionProvider protection)
{
    public const string KeyPurpose = "Licensing.Partners.OutboundKey";

    public Task<FederatedResult> SearchAsync(RegisterQuery query, SearchPurpose purpose, CancellationToken ct = default) =>
        SearchAsync(query with { Purpose = purpose }, SearchChannel.ApplicationCheck, ct);

    public async Task<FederatedResult> SearchAsync(RegisterQuery query, SearchChannel channel, CancellationToken ct = default)
    {
        List<(string Code, string Name, string BaseUrl, string ProtectedKey)> partners;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            partners = (await db.PartnerAuthorities.AsNoTracking()
                    .Where(p => p.SearchTheirRegister && p.BaseUrl != null && p.ProtectedOutboundKey != null)
                    .OrderBy(p => p.Name)
                    .Select(p => new { p.Code, p.Name, p.BaseUrl, p.ProtectedOutboundKey })
                    .ToListAsync(ct))
                .Select(p => (p.Code, p.Name, p.BaseUrl!, p.ProtectedOutboundKey!)).ToList();
        }
        var protector = protection.CreateProtector(KeyPurpose);
        var remote = partners.Select(p => AskAsync(p.Code, p.Name, p.BaseUrl, p.ProtectedKey)).ToList();

        await using var local = await dbFactory.CreateDbContextAsync(ct);
        var (search, matches) = await RegisterSearch.RunAsync(local, register, query, channel, null, ct);
        return new FederatedResult(search.Id, matches, await Task.WhenAll(remote));

        async Task<PartnerOutcome> AskAsync(string code, string name, string baseUrl, string protectedKey)
        {
            string key;
            try
            {
                key = protector.Unprotect(protectedKey);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                return new PartnerOutcome(code, name, PartnerAnswer.Failed, [], "the key we hold for them cannot be read; enter it again");
            }
            return await client.SearchAsync(baseUrl, key, code, name, query, ct);
        }
    }
}
