/** Step 1: what the wizard does, in a few lines (the same text before and after a draft exists). */
import { useI18n } from '../i18n';

export function StepIntro() {
  const { t } = useI18n();
  return (
    <div className="cv-intro">
      <p>{t('changeValues.intro.lead')}</p>
      <ol className="cv-intro-steps">
        <li>{t('changeValues.intro.select')}</li>
        <li>{t('changeValues.intro.adjust')}</li>
        <li>{t('changeValues.intro.fields')}</li>
        <li>{t('changeValues.intro.report')}</li>
        <li>{t('changeValues.intro.finish')}</li>
      </ol>
      <p className="wz-muted">{t('changeValues.intro.examples')}</p>
    </div>
  );
}
