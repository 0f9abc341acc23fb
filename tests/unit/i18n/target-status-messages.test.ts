import { describe, expect, it } from 'vitest';
import { TARGET_STATUSES } from '../../../src/domain/target-status';
import { TARGET_STATUS_LABELS, targetStatusLabel } from '../../../src/i18n/target-status-messages';
import { buildProfileViewModel } from '../../../src/views/profile/profile-view-model';
import { buildTargetRows } from '../../../src/views/targets/targets-view-model';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

describe('target status labels, one set for every view', () => {
  it('words every status in both languages, each label distinct', () => {
    for (const lang of ['zh', 'en'] as const) {
      const labels = TARGET_STATUSES.map((status) => targetStatusLabel(status, lang));
      expect(labels.every((label) => label.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(TARGET_STATUSES.length);
    }
    expect(targetStatusLabel('no_figure', 'zh')).toBe('无实际值，无法判断');
    expect(targetStatusLabel('no_figure', 'en')).toBe('No figure to judge');
  });

  it('is what the Targets view and a region profile both show for the same target', async () => {
    const { catalogue } = await loadBuiltinFromDisk();
    const reference = new Date('2024-06-01T12:00:00');
    const guangdong = catalogue.regions.find((r) => r.code === '440000');
    if (!guangdong) throw new Error('no 广东 in the data');
    for (const lang of ['zh', 'en'] as const) {
      const rows = buildTargetRows({ catalogue, lang, reference });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.statusLabel).toBe(TARGET_STATUS_LABELS[lang][row.status]);
      const profile = buildProfileViewModel({ catalogue, region: guangdong, lang, reference });
      expect(profile.targets.length).toBeGreaterThan(0);
      for (const target of profile.targets) {
        expect(target.statusLabel).toBe(rows.find((r) => r.id === target.id)?.statusLabel);
      }
    }
  });
});
