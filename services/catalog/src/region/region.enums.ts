import { registerEnumType } from '@fupin/kit/graphql';

export enum CountyKind {
  DISTRICT = 'DISTRICT',
  COUNTY_LEVEL_CITY = 'COUNTY_LEVEL_CITY',
  COUNTY = 'COUNTY',
  AUTONOMOUS_COUNTY = 'AUTONOMOUS_COUNTY',
  FORESTRY_DISTRICT = 'FORESTRY_DISTRICT',
}

export enum PovertyStatus {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  NONE = 'NONE',
}

registerEnumType(CountyKind, {
  name: 'CountyKind',
  description: '县级行政区的类别 / Kind of county-level unit',
  valuesConfig: {
    DISTRICT: { description: '市辖区 / urban district' },
    COUNTY_LEVEL_CITY: { description: '县级市 / county-level city' },
    COUNTY: { description: '县 / county' },
    AUTONOMOUS_COUNTY: { description: '自治县 / autonomous county' },
    FORESTRY_DISTRICT: { description: '林区(神农架林区) / forestry district (Shennongjia)' },
  },
});

registerEnumType(PovertyStatus, {
  name: 'PovertyStatus',
  description: '贫困县身份 / Poverty-county status',
  valuesConfig: {
    NATIONAL: { description: '国家级贫困县 / national poverty county' },
    PROVINCIAL: { description: '省级贫困县 / provincial poverty county' },
    NONE: { description: '非贫困县 / non-poverty county' },
  },
});
