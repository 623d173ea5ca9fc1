package goodwill.query.contacts;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import goodwill.query.web.WriteOnlyConverter;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The directory as vCard 4.0 (RFC 6350) with {@code Accept: text/vcard}, through ez-vcard: one card per contact, with
 * its name, organization, role, email, tags and how we met; its id as the card's UID
 * ({@code urn:goodwill:<ledgerId>:<contactId>}), so a card imported back names the same person. Added after Spring's
 * own converters, so only a client that asks for vCard gets it.
 */
@Configuration(proxyBeanMethods = false)
class VCardConfiguration implements WebMvcConfigurer {

    static final MediaType VCARD = new MediaType("text", "vcard");

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new ContactsAsVCards());
    }

    /** One contact's card. */
    static VCard cardOf(ContactView contact) {
        VCard card = new VCard(VCardVersion.V4_0);
        card.setUid(new Uid("urn:goodwill:" + contact.ledgerId() + ":" + contact.contactId()));
        card.setFormattedName(contact.displayName());
        if (contact.organization() != null) {
            Organization organization = new Organization();
            organization.getValues().add(contact.organization());
            card.setOrganization(organization);
        }
        if (contact.role() != null) {
            card.addTitle(contact.role());
        }
        if (contact.email() != null) {
            card.addEmail(contact.email());
        }
        if (contact.phone() != null) {
            card.addTelephoneNumber(contact.phone());
        }
        if (contact.url() != null) {
            card.addUrl(contact.url());
        }
        if (contact.tags() != null && !contact.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(contact.tags());
            card.setCategories(categories);
        }
        if (contact.howWeMet() != null) {
            card.addNote(contact.howWeMet());
        }
        return card;
    }

    static final class ContactsAsVCards extends WriteOnlyConverter<ContactsView> {

        ContactsAsVCards() {
            super(ContactsView.class, VCARD);
        }

        @Override
        protected void writeInternal(ContactsView view, HttpOutputMessage output) throws IOException {
            Writer out = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
            Ezvcard.write(view.contacts().stream().map(VCardConfiguration::cardOf).toList())
                   .version(VCardVersion.V4_0).prodId(false).go(out);
            out.flush();
        }
    }
}
