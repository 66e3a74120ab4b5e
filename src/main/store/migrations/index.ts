import { migration001 } from './001_initial';
import { migration002 } from './002_organisation';
import { migration003 } from './003_customerDetail';
import { migration004 } from './004_caseDetail';
import { migration005 } from './005_interactions';
import { migration006 } from './006_knowledgeAndScripts';
import { migration007 } from './007_auditAndClocks';
import { migration008 } from './008_search';
import { migration009 } from './009_callDrafts';
import { migration010 } from './010_searchTokens';
import { migration011 } from './011_searchMerge';
import { migration012 } from './012_syncCapture';
import { migration013 } from './013_offlineLogins';
import { migration014 } from './014_searchQueue';
import { migration015 } from './015_teamLeadReports';
import { migration016 } from './016_caseTags';
import { migration017 } from './017_serverTrust';
import { migration018 } from './018_syncRetention';
import { migration019 } from './019_pullSetAside';
import { migration020 } from './020_localAccounts';
import { migration021 } from './021_callEvidence';
import { migration022 } from './022_callEvents';
import { migration023 } from './023_caseReplies';
import { migration024 } from './024_returnFlow';
import { migration025 } from './025_promises';
import { migration026 } from './026_liveApprovals';
import { migration030 } from './030_searchLanes';
import { migration031 } from './031_policies';
import { migration032 } from './032_quality';
import { migration033 } from './033_incidentsAndProactive';
import { migration034 } from './034_customerContacts';
import { migration035 } from './035_evidenceFiles';
import { migration038 } from './038_teamPolicies';
import { migration037 } from './037_callTimesSynced';
import { migration039 } from './039_dropRedundantCallIndex';
import type { Migration } from './migration';

/** Every migration in order. Append only: never edit one that has shipped. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018, migration019, migration020, migration021, migration022, migration023, migration024, migration025, migration026, migration030, migration031, migration032, migration033, migration034, migration035, migration037, migration038, migration039];

/** The last migration's number (numbers are reserved per branch of work, so the list may skip one while they land). */
export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
