{#- Text must be NFC: NFC and NFD spellings of "Quận 1" compare unequal and split a unit in two. -#}
{% test is_nfc(model, column_name) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and {{ column_name }} <> nfc_normalize({{ column_name }})
{% endtest %}
