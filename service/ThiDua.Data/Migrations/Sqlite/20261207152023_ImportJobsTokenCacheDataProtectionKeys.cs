using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportJobsTokenCacheDataProtectionKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerTenantId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SiteUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    SiteId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    FolderPath = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OneDrive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Found = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    GraphSessionKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Starts = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "token_cache",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 449, nullable: false),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SlidingMilliseconds = table.Column<long>(type: "INTEGER", nullable: true),
                    AbsoluteExpiresAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_token_cache", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_files",
                columns: table => new
                {
                    ImportJobId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    KpiCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_files", x => new { x.ImportJobId, x.Position });
                    table.ForeignKey(
                        name: "FK_import_files_import_jobs_ImportJobId",
                        column: x => x.ImportJobId,
                        principalTable: "import_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_import_files_ImportJobId_ItemId",
                table: "import_files",
                columns: new[] { "ImportJobId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_OwnerTenantId_OwnerObjectId_Status",
                table: "import_jobs",
                columns: new[] { "OwnerTenantId", "OwnerObjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_PublicId",
                table: "import_jobs",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_Status_Id",
                table: "import_jobs",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_token_cache_ExpiresAt",
                table: "token_cache",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "import_files");

            migrationBuilder.DropTable(
                name: "token_cache");

            migrationBuilder.DropTable(
                name: "import_jobs");
        }
    }
}
