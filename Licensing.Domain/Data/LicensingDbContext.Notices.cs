using Licensing.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Data;

public partial class LicensingDbContext
{
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<NoticeDocument> NoticeDocuments => Set<NoticeDocument>();
    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
}
