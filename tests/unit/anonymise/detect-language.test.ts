import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromTag } from '../../../shared/anonymise';

describe('the language placeholders are written in', () => {
  it('reads the vault’s language tags', () => {
    expect(languageFromTag('sr-Cyrl')).toBe('sr-Cyrl');
    expect(languageFromTag('SR_latn')).toBe('sr-Latn');
    expect(languageFromTag('me')).toBe('cnr');
    expect(languageFromTag('sq-XK')).toBe('sq');
    expect(languageFromTag('de')).toBeNull();
    expect(languageFromTag(null)).toBeNull();
  });

  it('detects each language from the text', () => {
    expect(detectLanguage('Судот утврди дека обвинетиот ја вработил оштетената во барот и ѝ го одзел пасошот.')).toBe('mk');
    expect(detectLanguage('Суд је утврдио да је окривљени запослио оштећену у кафани и одузео јој пасош.')).toBe('sr-Cyrl');
    expect(detectLanguage('Sud je utvrdio da je okrivljeni zaposlio oštećenu u kafani i uzeo joj pasoš pre godinu dana.')).toBe('sr-Latn');
    expect(detectLanguage('Sud je utvrdio da je okrivljeni zaposlio oštećenu prije godinu dana, a svjedok je vidio novac.')).toBe('cnr');
    expect(detectLanguage('Gjykata vërtetoi se i pandehuri e punësoi të dëmtuarën në lokal dhe i mori pasaportën.')).toBe('sq');
    expect(detectLanguage('The court found that the defendant hired the victim in the bar and took her passport.')).toBe('en');
  });
});
