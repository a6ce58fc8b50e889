using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Contract;

/// <summary>The outcome of reading a UnitReport: the report (null when it cannot be read) and what was found on the way.</summary>
public sealed record UnitReportReadResult(UnitReport? Report, IReadOnlyList<Finding> Findings)
{
    public bool IsReadable => Report is not null;
}

/// <summary>
/// The JSON contract "officereview.unit-report/1" (docs/unit-report.md). Reading never throws: a document that cannot
/// be read gives a null report and findings that say why and where; readable documents may still carry findings
/// (a fractional count, an unknown level name) that count as validation errors.
/// </summary>
public static class UnitReportJson
{
    public const string Unreadable = FindingCatalogue.JsonUnreadable;
    public const string WrongType = FindingCatalogue.JsonWrongType;
    public const string MissingField = FindingCatalogue.JsonMissingField;
    public const string UnknownSchema = FindingCatalogue.JsonUnknownSchema;
    public const string UnknownValue = FindingCatalogue.JsonUnknownValue;
    public const string FractionalCount = FindingCatalogue.CountFractional;
    public const string UnknownLevel = FindingCatalogue.LevelUnknown;
    public const string UnknownExemptReason = FindingCatalogue.ExemptReasonUnknown;

    public const int MaxDepth = 32;

    public static UnitReportReadResult Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static UnitReportReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (dòng {line + 1}, cột {(e.BytePositionInLine ?? 0) + 1})" : "";
            return Fail(Finding.Error(Unreadable, "", $"Tệp JSON sai cú pháp{where}: không đọc được."));
        }
        using (document)
        {
            var reader = new Reader();
            try
            {
                var report = reader.ReadReport(document.RootElement);
                return new UnitReportReadResult(report, reader.Findings);
            }
            catch (ShapeException e)
            {
                reader.Findings.Add(e.Finding);
                return new UnitReportReadResult(null, reader.Findings);
            }
        }
    }

    private static UnitReportReadResult Fail(Finding finding) => new(null, [finding]);

    private sealed class ShapeException(Finding finding) : Exception(finding.Message)
    {
        public Finding Finding { get; } = finding;
    }

    private sealed class Reader
    {
        public List<Finding> Findings { get; } = [];

        public UnitReport ReadReport(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
                throw Shape(WrongType, "", "Tệp JSON phải là một đối tượng { … } mô tả báo cáo của một đơn vị.");

            if (root.TryGetProperty("schema", out var schema) && schema.ValueKind != JsonValueKind.Null)
            {
                if (schema.ValueKind != JsonValueKind.String || schema.GetString() != UnitReport.SchemaId)
                    throw Shape(UnknownSchema, "schema", $"Lược đồ \"{Raw(schema)}\" không được hỗ trợ; cần \"{UnitReport.SchemaId}\".");
            }
            else
            {
                Findings.Add(Finding.Warning(MissingField, "schema", $"Thiếu trường \"schema\"; đọc theo \"{UnitReport.SchemaId}\"."));
            }

            if (!root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind == JsonValueKind.Null)
                throw Shape(MissingField, "year", "Thiếu trường \"year\" (năm đánh giá, xếp loại).");
            if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year) || year is < 1900 or > 2200)
                throw Shape(WrongType, "year", $"Trường \"year\" phải là một năm (số nguyên), đang là {Raw(yearElement)}.");

            if (!root.TryGetProperty("unit", out var unitElement) || unitElement.ValueKind == JsonValueKind.Null)
                throw Shape(MissingField, "unit", "Thiếu trường \"unit\" (thông tin đơn vị).");

            return new UnitReport
            {
                Year = year,
                Unit = ReadUnit(unitElement),
                Organizations = Optional(root, "organizations", "organizations", ReadOrganizations),
                Members = Optional(root, "members", "members", ReadMembers),
                LeadershipCollectives = Optional(root, "leadershipCollectives", "leadershipCollectives", (e, p) => ReadCounts(e, p, new CountBlock())),
                Leaders = Optional(root, "leaders", "leaders", (e, p) => ReadCounts(e, p, new CountBlock())),
                MemberList = Optional(root, "memberList", "memberList", ReadMemberList),
                OwnRating = Optional(root, "ownRating", "ownRating", ReadOwnRating),
                OrganizationList = Optional(root, "organizationList", "organizationList", ReadOrganizationList),
            };
        }

        private static UnitInfo ReadUnit(JsonElement e)
        {
            RequireObject(e, "unit");
            var kindText = RequiredString(e, "kind", "unit.kind");
            var kind = UnitKinds.FromSlug(kindText)
                ?? throw Shape(UnknownValue, "unit.kind",
                    $"Loại đơn vị \"{kindText}\" không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.All.Select(k => k.Slug()))}.");
            return new UnitInfo
            {
                Code = RequiredString(e, "code", "unit.code"),
                Name = RequiredString(e, "name", "unit.name"),
                Kind = kind,
                Category = OptionalString(e, "category", "unit.category"),
                Parent = OptionalString(e, "parent", "unit.parent"),
            };
        }

        private OrganizationBlocks ReadOrganizations(JsonElement e, string path) => new()
        {
            BaseOrganizations = Optional(e, "baseOrganizations", $"{path}.baseOrganizations", ReadOrganizationBlock),
            PartialCommittees = Optional(e, "partialCommittees", $"{path}.partialCommittees", ReadOrganizationBlock),
            SubordinateCells = Optional(e, "subordinateCells", $"{path}.subordinateCells", ReadOrganizationBlock),
            UpperCommittees = Optional(e, "upperCommittees", $"{path}.upperCommittees", ReadOrganizationBlock),
        };

        private OrganizationBlock ReadOrganizationBlock(JsonElement e, string path)
        {
            var block = ReadCounts(e, path, new OrganizationBlock());
            var rows = Optional(e, "byCategory", $"{path}.byCategory", (arr, p) => ObjectList(arr, p,
                (item, itemPath) => ReadCounts(item, itemPath, new CategoryRow { Category = RequiredString(item, "category", $"{itemPath}.category") })));
            return block with { ByCategory = rows };
        }

        private MemberBlock ReadMembers(JsonElement e, string path)
        {
            var block = ReadCounts(e, path, new MemberBlock());
            var exempt = Optional(e, "exempt", $"{path}.exempt", (x, p) => new ExemptCounts
            {
                Excused = Count(x, "excused", $"{p}.excused"),
                Suspended = Count(x, "suspended", $"{p}.suspended"),
                NewlyAdmitted = Count(x, "newlyAdmitted", $"{p}.newlyAdmitted"),
            });
            return block with { Exempt = exempt, DisciplinedInYear = Count(e, "disciplinedInYear", $"{path}.disciplinedInYear") };
        }

        private T ReadCounts<T>(JsonElement e, string path, T seed) where T : CountBlock
        {
            RequireObject(e, path);
            return seed with
            {
                Total = Count(e, "total", $"{path}.total"),
                NotRated = Count(e, "notRated", $"{path}.notRated"),
                Rated = Count(e, "rated", $"{path}.rated"),
                Excellent = Count(e, "excellent", $"{path}.excellent"),
                Good = Count(e, "good", $"{path}.good"),
                Complete = Count(e, "complete", $"{path}.complete"),
                NotComplete = Count(e, "notComplete", $"{path}.notComplete"),
                StatedPercents = Optional(e, "statedPercents", $"{path}.statedPercents", ReadPercents),
                QuotaExceptionApproved = Bool(e, "quotaExceptionApproved", $"{path}.quotaExceptionApproved"),
            };
        }

        private LevelPercents ReadPercents(JsonElement e, string path)
        {
            RequireObject(e, path);
            return LevelPercents.From(level => Number(e, level.JsonKey(), $"{path}.{level.JsonKey()}"));
        }

        private OwnRating ReadOwnRating(JsonElement e, string path)
        {
            RequireObject(e, path);
            return new OwnRating
            {
                Level = Level(e, "level", $"{path}.level"),
                Score = Number(e, "score", $"{path}.score"),
                HasDisciplinedSubordinate = Bool(e, "hasDisciplinedSubordinate", $"{path}.hasDisciplinedSubordinate"),
                Tasks = Tasks(e, path),
                ShortcomingsFixed = NullableBool(e, "shortcomingsFixed", $"{path}.shortcomingsFixed"),
                CompetentLevelException = Bool(e, "competentLevelException", $"{path}.competentLevelException"),
            };
        }

        private IReadOnlyList<OrganizationEntry> ReadOrganizationList(JsonElement e, string path) => ObjectList(e, path, ReadOrganizationEntry);

        private OrganizationEntry ReadOrganizationEntry(JsonElement item, string p)
        {
            UnitKind? kind = null;
            if (OptionalString(item, "kind", $"{p}.kind") is { Length: > 0 } kindText)
            {
                kind = UnitKinds.FromSlug(kindText);
                if (kind is null)
                    Findings.Add(Finding.Error(UnknownValue, $"{p}.kind",
                        $"Loại tổ chức \"{kindText}\" không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.All.Select(k => k.Slug()))}."));
            }
            return new OrganizationEntry
            {
                Code = RequiredString(item, "code", $"{p}.code"),
                Name = OptionalString(item, "name", $"{p}.name"),
                Kind = kind,
                LeadershipCollective = Bool(item, "leadershipCollective", $"{p}.leadershipCollective"),
                CollectiveOf = OptionalString(item, "collectiveOf", $"{p}.collectiveOf"),
                Score = Number(item, "score", $"{p}.score"),
                ProposedLevel = Level(item, "proposedLevel", $"{p}.proposedLevel"),
                DecidedLevel = Level(item, "decidedLevel", $"{p}.decidedLevel"),
                Disciplined = Bool(item, "disciplined", $"{p}.disciplined"),
                HasDisciplinedSubordinate = Bool(item, "hasDisciplinedSubordinate", $"{p}.hasDisciplinedSubordinate"),
                NewlyEstablished = Bool(item, "newlyEstablished", $"{p}.newlyEstablished"),
                Tasks = Tasks(item, p),
                ShortcomingsFixed = NullableBool(item, "shortcomingsFixed", $"{p}.shortcomingsFixed"),
                CompetentLevelException = Bool(item, "competentLevelException", $"{p}.competentLevelException"),
            };
        }

        private TaskFigures? Tasks(JsonElement e, string path)
        {
            var t = new TaskFigures
            {
                Assigned = Count(e, "tasksAssigned", $"{path}.tasksAssigned"),
                Exceeded = Count(e, "tasksExceeded", $"{path}.tasksExceeded"),
                Late = Count(e, "tasksLate", $"{path}.tasksLate"),
                Undone = Count(e, "tasksUndone", $"{path}.tasksUndone"),
            };
            return t.IsEmpty ? null : t;
        }

        private IReadOnlyList<MemberEntry> ReadMemberList(JsonElement e, string path) => ObjectList(e, path, ReadMemberEntry);

        private MemberEntry ReadMemberEntry(JsonElement item, string p)
        {
            int? birthYear = null;
            if (Number(item, "birthYear", $"{p}.birthYear") is { } by)
            {
                if (by != Math.Truncate(by) || by is < 1850 or > 2200)
                    throw Shape(WrongType, $"{p}.birthYear", $"\"{p}.birthYear\" phải là năm sinh (số nguyên), đang là {by}.");
                birthYear = (int)by;
            }
            return new MemberEntry
            {
                Name = RequiredString(item, "name", $"{p}.name"),
                BirthYear = birthYear,
                Position = OptionalString(item, "position", $"{p}.position"),
                Cell = OptionalString(item, "cell", $"{p}.cell"),
                Form = OptionalString(item, "form", $"{p}.form"),
                GeneralScore = Number(item, "generalScore", $"{p}.generalScore"),
                TaskScore = Number(item, "taskScore", $"{p}.taskScore"),
                SelfLevel = Level(item, "selfLevel", $"{p}.selfLevel"),
                ProposedLevel = Level(item, "proposedLevel", $"{p}.proposedLevel"),
                DecidedLevel = Level(item, "decidedLevel", $"{p}.decidedLevel"),
                ExemptReason = Exempt(item, "exemptReason", $"{p}.exemptReason"),
                DisciplinedInYear = Bool(item, "disciplinedInYear", $"{p}.disciplinedInYear"),
                Disqualified = Bool(item, "disqualified", $"{p}.disqualified"),
                CompetentLevelException = Bool(item, "competentLevelException", $"{p}.competentLevelException"),
                PreviousLevel = Level(item, "previousLevel", $"{p}.previousLevel"),
                Note = OptionalString(item, "note", $"{p}.note"),
                AdmissionDate = Date(item, "admissionDate", $"{p}.admissionDate"),
                Membership = Choice(item, "membership", $"{p}.membership", MemberDetails.ParseMembership, MemberDetails.MembershipStatuses.Select(x => $"{x.JsonKey()} ({x.VietnameseName()})")),
                StaffRating = Level(item, "staffRating", $"{p}.staffRating"),
                TemporaryActivity = Choice(item, "temporaryActivity", $"{p}.temporaryActivity", MemberDetails.ParseTemporaryActivity, MemberDetails.TemporaryActivities.Select(x => $"{x.JsonKey()} ({x.VietnameseName()})")),
                Leave = Choice(item, "leave", $"{p}.leave", MemberDetails.ParseLeave, MemberDetails.LeaveKinds.Select(x => $"{x.JsonKey()} ({x.VietnameseName()})")),
                VotePercent = Number(item, "votePercent", $"{p}.votePercent"),
                DisciplineForm = Choice(item, "disciplineForm", $"{p}.disciplineForm", MemberDetails.ParseDisciplineForm, MemberDetails.DisciplineForms.Select(x => $"{x.JsonKey()} ({x.VietnameseName()})")),
                DisciplineDutyRelated = NullableBool(item, "disciplineDutyRelated", $"{p}.disciplineDutyRelated"),
                DisciplineBasis = OptionalString(item, "disciplineBasis", $"{p}.disciplineBasis"),
                DisciplineSelfDetected = Bool(item, "disciplineSelfDetected", $"{p}.disciplineSelfDetected"),
                DisciplinePreviousUnit = Bool(item, "disciplinePreviousUnit", $"{p}.disciplinePreviousUnit"),
                DisciplineCountedBefore = Bool(item, "disciplineCountedBefore", $"{p}.disciplineCountedBefore"),
                Heads = Codes(item, "heads", $"{p}.heads"),
                Leads = Codes(item, "leads", $"{p}.leads"),
                LowConfidencePercent = Number(item, "lowConfidencePercent", $"{p}.lowConfidencePercent"),
                Tasks = Tasks(item, p),
                ShortcomingsFixed = NullableBool(item, "shortcomingsFixed", $"{p}.shortcomingsFixed"),
            };
        }

        // ---- primitives -------------------------------------------------------------------------------------------

        /// <summary>An array of objects, each read by <paramref name="readItem"/> with its own path ("path[i]").</summary>
        private static IReadOnlyList<T> ObjectList<T>(JsonElement e, string path, Func<JsonElement, string, T> readItem)
        {
            RequireArray(e, path);
            var list = new List<T>(e.GetArrayLength());
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                var itemPath = $"{path}[{i++}]";
                RequireObject(item, itemPath);
                list.Add(readItem(item, itemPath));
            }
            return list;
        }

        private static T? Optional<T>(JsonElement parent, string name, string path, Func<JsonElement, string, T> read) where T : class =>
            parent.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? read(e, path) : null;

        private long? Count(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind != JsonValueKind.Number)
                throw Shape(WrongType, path, $"\"{path}\" phải là một số, đang là {Raw(e)}.");
            if (e.TryGetInt64(out var whole)) return whole;
            if (!e.TryGetDecimal(out var d) || d > long.MaxValue || d < long.MinValue)
                throw Shape(WrongType, path, $"\"{path}\" quá lớn: {Raw(e)}.");
            Findings.Add(Finding.Error(FractionalCount, path, $"\"{path}\" là số đếm nhưng có phần lẻ ({Raw(e)})."));
            return (long)Math.Truncate(d);
        }

        private static decimal? Number(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var d))
                throw Shape(WrongType, path, $"\"{path}\" phải là một số, đang là {Raw(e)}.");
            return d;
        }

        private static bool Bool(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return false;
            return e.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Shape(WrongType, path, $"\"{path}\" phải là true hoặc false, đang là {Raw(e)}."),
            };
        }

        private static bool? NullableBool(JsonElement parent, string name, string path) =>
            parent.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? Bool(parent, name, path) : null;

        private DateOnly? Date(JsonElement parent, string name, string path)
        {
            var text = OptionalString(parent, name, path);
            if (string.IsNullOrEmpty(text)) return null;
            var date = MemberDetails.ParseDate(text);
            if (date is null)
                Findings.Add(Finding.Error(UnknownValue, path, $"\"{path}\" ghi \"{text}\", không phải ngày hợp lệ (dùng \"2025-06-15\" hoặc \"15/6/2025\")."));
            return date;
        }

        private T? Choice<T>(JsonElement parent, string name, string path, Func<string?, T?> parse, IEnumerable<string> allowed) where T : struct
        {
            var text = OptionalString(parent, name, path);
            if (string.IsNullOrEmpty(text)) return null;
            var value = parse(text);
            if (value is null)
                Findings.Add(Finding.Error(UnknownValue, path, $"\"{path}\" ghi \"{text}\", không phải giá trị hợp lệ; dùng: {string.Join("; ", allowed)}."));
            return value;
        }

        private static IReadOnlyList<string>? Codes(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind == JsonValueKind.String) return MemberDetails.ParseCodes(VietnameseText.Clean(e.GetString()));
            RequireArray(e, path);
            var codes = new List<string>();
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                    throw Shape(WrongType, $"{path}[{i}]", $"\"{path}[{i}]\" phải là mã đơn vị (chuỗi ký tự), đang là {Raw(item)}.");
                if (VietnameseText.Clean(item.GetString()) is { Length: > 0 } code && !codes.Contains(code)) codes.Add(code);
                i++;
            }
            return codes.Count == 0 ? null : codes;
        }

        private static string RequiredString(JsonElement parent, string name, string path) =>
            OptionalString(parent, name, path) ?? throw Shape(MissingField, path, $"Thiếu trường \"{path}\".");

        private static string? OptionalString(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind != JsonValueKind.String)
                throw Shape(WrongType, path, $"\"{path}\" phải là chuỗi ký tự, đang là {Raw(e)}.");
            return VietnameseText.Clean(e.GetString());
        }

        private RatingLevel? Level(JsonElement parent, string name, string path)
        {
            var text = OptionalString(parent, name, path);
            if (string.IsNullOrEmpty(text)) return null;
            var level = RatingLevelParser.TryParse(text);
            if (level is null)
                Findings.Add(Finding.Error(UnknownLevel, path,
                    $"\"{text}\" không phải là mức xếp loại; dùng: {string.Join("; ", RatingLevels.All.Select(l => l.VietnameseName()))} (hoặc HTXSNV, HTTNV, HTNV, KHTNV)."));
            return level;
        }

        private ExemptReason? Exempt(JsonElement parent, string name, string path)
        {
            var text = OptionalString(parent, name, path);
            if (string.IsNullOrEmpty(text)) return null;
            var reason = ExemptReasonParser.TryParse(text);
            if (reason is null)
                Findings.Add(Finding.Error(UnknownExemptReason, path,
                    $"\"{text}\" không phải là diện không đánh giá; dùng: {string.Join("; ", ExemptReasons.All.Select(r => r.VietnameseName()))}."));
            return reason;
        }

        private static void RequireObject(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object)
                throw Shape(WrongType, path, $"\"{path}\" phải là một đối tượng {{ … }}, đang là {Raw(e)}.");
        }

        private static void RequireArray(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Array)
                throw Shape(WrongType, path, $"\"{path}\" phải là một mảng [ … ], đang là {Raw(e)}.");
        }

        private static ShapeException Shape(string code, string path, string message) => new(Finding.Error(code, path, message));

        private static string Raw(JsonElement e)
        {
            var text = e.ValueKind switch
            {
                JsonValueKind.String => $"chuỗi \"{e.GetString()}\"",
                JsonValueKind.Object => "một đối tượng",
                JsonValueKind.Array => "một mảng",
                JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
                _ => e.GetRawText(),
            };
            return text.Length > 80 ? text[..80] + "…" : text;
        }
    }

    // ---- writing ---------------------------------------------------------------------------------------------------

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(UnitReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(UnitReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, s_writerOptions);
        w.WriteStartObject();
        w.WriteString("schema", UnitReport.SchemaId);
        w.WriteNumber("year", report.Year);
        w.WriteStartObject("unit");
        w.WriteString("code", report.Unit.Code);
        w.WriteString("name", report.Unit.Name);
        w.WriteString("kind", report.Unit.Kind.Slug());
        WriteStringOrNull(w, "category", report.Unit.Category);
        WriteStringOrNull(w, "parent", report.Unit.Parent);
        w.WriteEndObject();

        if (report.Organizations is { } orgs)
        {
            w.WriteStartObject("organizations");
            foreach (var (kind, block) in orgs.Present())
            {
                w.WriteStartObject(kind.JsonKey());
                WriteCounts(w, block);
                if (block.ByCategory is { } rows)
                {
                    w.WriteStartArray("byCategory");
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("category", row.Category);
                        WriteCounts(w, row);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }

        if (report.Members is { } members)
        {
            w.WriteStartObject("members");
            WriteCounts(w, members);
            if (members.Exempt is { } exempt)
            {
                w.WriteStartObject("exempt");
                foreach (var reason in ExemptReasons.All)
                    if (exempt.Get(reason) is { } v) w.WriteNumber(reason.JsonKey(), v);
                w.WriteEndObject();
            }
            if (members.DisciplinedInYear is { } d) w.WriteNumber("disciplinedInYear", d);
            w.WriteEndObject();
        }
        if (report.LeadershipCollectives is { } lc) { w.WriteStartObject("leadershipCollectives"); WriteCounts(w, lc); w.WriteEndObject(); }
        if (report.Leaders is { } leaders) { w.WriteStartObject("leaders"); WriteCounts(w, leaders); w.WriteEndObject(); }

        if (report.OwnRating is { } own)
        {
            w.WriteStartObject("ownRating");
            if (own.Level is { } level) w.WriteString("level", level.JsonKey());
            if (own.Score is { } score) w.WriteNumber("score", score);
            if (own.HasDisciplinedSubordinate) w.WriteBoolean("hasDisciplinedSubordinate", true);
            WriteTasks(w, own.Tasks);
            if (own.ShortcomingsFixed is { } fixedOwn) w.WriteBoolean("shortcomingsFixed", fixedOwn);
            if (own.CompetentLevelException) w.WriteBoolean("competentLevelException", true);
            w.WriteEndObject();
        }

        if (report.OrganizationList is { } orgList)
        {
            w.WriteStartArray("organizationList");
            foreach (var o in orgList)
            {
                w.WriteStartObject();
                w.WriteString("code", o.Code);
                if (o.Name is { } name) w.WriteString("name", name);
                if (o.Kind is { } kind) w.WriteString("kind", kind.Slug());
                if (o.LeadershipCollective) w.WriteBoolean("leadershipCollective", true);
                if (o.CollectiveOf is { } of) w.WriteString("collectiveOf", of);
                if (o.Score is { } score) w.WriteNumber("score", score);
                if (o.ProposedLevel is { } pl) w.WriteString("proposedLevel", pl.JsonKey());
                if (o.DecidedLevel is { } dl) w.WriteString("decidedLevel", dl.JsonKey());
                if (o.Disciplined) w.WriteBoolean("disciplined", true);
                if (o.HasDisciplinedSubordinate) w.WriteBoolean("hasDisciplinedSubordinate", true);
                if (o.NewlyEstablished) w.WriteBoolean("newlyEstablished", true);
                WriteTasks(w, o.Tasks);
                if (o.ShortcomingsFixed is { } sf) w.WriteBoolean("shortcomingsFixed", sf);
                if (o.CompetentLevelException) w.WriteBoolean("competentLevelException", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        if (report.MemberList is { } list)
        {
            w.WriteStartArray("memberList");
            foreach (var m in list)
            {
                w.WriteStartObject();
                w.WriteString("name", m.Name);
                if (m.BirthYear is { } by) w.WriteNumber("birthYear", by);
                if (m.Position is { } pos) w.WriteString("position", pos);
                if (m.Cell is { } cell) w.WriteString("cell", cell);
                if (m.Form is { } form) w.WriteString("form", form);
                if (m.GeneralScore is { } gs) w.WriteNumber("generalScore", gs);
                if (m.TaskScore is { } ts) w.WriteNumber("taskScore", ts);
                if (m.SelfLevel is { } sl) w.WriteString("selfLevel", sl.JsonKey());
                if (m.ProposedLevel is { } pl) w.WriteString("proposedLevel", pl.JsonKey());
                if (m.DecidedLevel is { } dl) w.WriteString("decidedLevel", dl.JsonKey());
                if (m.ExemptReason is { } er) w.WriteString("exemptReason", er.JsonKey());
                if (m.DisciplinedInYear) w.WriteBoolean("disciplinedInYear", true);
                if (m.Disqualified) w.WriteBoolean("disqualified", true);
                if (m.CompetentLevelException) w.WriteBoolean("competentLevelException", true);
                if (m.PreviousLevel is { } prev) w.WriteString("previousLevel", prev.JsonKey());
                if (m.Note is { } note) w.WriteString("note", note);
                if (m.AdmissionDate is { } ad) w.WriteString("admissionDate", ad.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                if (m.Membership is { } ms) w.WriteString("membership", ms.JsonKey());
                if (m.StaffRating is { } sr) w.WriteString("staffRating", sr.JsonKey());
                if (m.TemporaryActivity is { } ta) w.WriteString("temporaryActivity", ta.JsonKey());
                if (m.Leave is { } lv) w.WriteString("leave", lv.JsonKey());
                if (m.VotePercent is { } vp) w.WriteNumber("votePercent", vp);
                if (m.DisciplineForm is { } df) w.WriteString("disciplineForm", df.JsonKey());
                if (m.DisciplineDutyRelated is { } duty) w.WriteBoolean("disciplineDutyRelated", duty);
                if (m.DisciplineBasis is { } basis) w.WriteString("disciplineBasis", basis);
                if (m.DisciplineSelfDetected) w.WriteBoolean("disciplineSelfDetected", true);
                if (m.DisciplinePreviousUnit) w.WriteBoolean("disciplinePreviousUnit", true);
                if (m.DisciplineCountedBefore) w.WriteBoolean("disciplineCountedBefore", true);
                WriteCodes(w, "heads", m.Heads);
                WriteCodes(w, "leads", m.Leads);
                if (m.LowConfidencePercent is { } lowConf) w.WriteNumber("lowConfidencePercent", lowConf);
                WriteTasks(w, m.Tasks);
                if (m.ShortcomingsFixed is { } msf) w.WriteBoolean("shortcomingsFixed", msf);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, CountBlock b)
    {
        if (b.Total is { } total) w.WriteNumber("total", total);
        if (b.NotRated is { } notRated) w.WriteNumber("notRated", notRated);
        if (b.Rated is { } rated) w.WriteNumber("rated", rated);
        foreach (var level in RatingLevels.All)
            if (b.Get(level) is { } v) w.WriteNumber(level.JsonKey(), v);
        if (b.StatedPercents is { } p)
        {
            w.WriteStartObject("statedPercents");
            foreach (var level in RatingLevels.All)
                if (p.Get(level) is { } v) w.WriteNumber(level.JsonKey(), v);
            w.WriteEndObject();
        }
        if (b.QuotaExceptionApproved) w.WriteBoolean("quotaExceptionApproved", true);
    }

    private static void WriteTasks(Utf8JsonWriter w, TaskFigures? t)
    {
        if (t is null) return;
        if (t.Assigned is { } a) w.WriteNumber("tasksAssigned", a);
        if (t.Exceeded is { } e) w.WriteNumber("tasksExceeded", e);
        if (t.Late is { } l) w.WriteNumber("tasksLate", l);
        if (t.Undone is { } u) w.WriteNumber("tasksUndone", u);
    }

    private static void WriteCodes(Utf8JsonWriter w, string name, IReadOnlyList<string>? codes)
    {
        if (codes is not { Count: > 0 }) return;
        w.WriteStartArray(name);
        foreach (var c in codes) w.WriteStringValue(c);
        w.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
