using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerTenantId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    OwnerObjectId = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SiteUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    SiteId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    FolderPath = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    OneDrive = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Found = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    GraphSessionKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Starts = table.Column<int>(type: "integer", nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "token_cache",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(449)", maxLength: 449, nullable: false),
                    Value = table.Column<byte[]>(type: "bytea", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    SlidingMilliseconds = table.Column<long>(type: "bigint", nullable: true),
                    AbsoluteExpiresAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_token_cache", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_files",
                columns: table => new
                {
                    ImportJobId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: true),
                    KpiCount = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
